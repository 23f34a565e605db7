package dev.atrium.domain.shared;

/** What kind of refusal an error is; adapters translate kinds, never individual codes, to protocol statuses. */
public enum ErrorKind {
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN,
    PRECONDITION_FAILED,
    /** What was asked for existed but is over for good (an ended room, an expired link). */
    GONE,
    /** Too many failed attempts; the exception says when to try again. */
    THROTTLED
}
