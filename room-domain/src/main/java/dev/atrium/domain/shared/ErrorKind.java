package dev.atrium.domain.shared;

/** What kind of refusal an error is; adapters translate kinds, never individual codes, to protocol statuses. */
public enum ErrorKind {
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN,
    PRECONDITION_FAILED
}
