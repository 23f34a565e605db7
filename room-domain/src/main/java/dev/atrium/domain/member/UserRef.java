package dev.atrium.domain.member;

import dev.atrium.domain.shared.TextForm;

import java.util.Objects;

/**
 * The caller's reference for a person (their user id in the caller's system): 1-128 characters,
 * no control characters, no surrounding spaces. Atrium never interprets it.
 */
public record UserRef(String value) {
    public static final int MAX_LENGTH = 128;

    public UserRef {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("a userRef has 1-" + MAX_LENGTH + " characters, no control characters, no surrounding spaces");
        }
    }

    public static boolean isValid(String value) {
        return value != null && !value.isEmpty() && value.codePointCount(0, value.length()) <= MAX_LENGTH
                && value.strip().equals(value) && TextForm.SINGLE_LINE.admits(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
