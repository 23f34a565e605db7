package dev.atrium.domain.shared;

/** Stable codes for field-level mistakes. */
public enum ViolationCode {
    REQUIRED,
    NOT_ALLOWED,
    TOO_SHORT,
    TOO_LONG,
    OUT_OF_RANGE,
    INVALID_FORMAT,
    /** A character no text of this field may hold: see {@link TextForm}. */
    INVALID_CHARACTER,
    INVALID_VALUE,
    IMMUTABLE
}
