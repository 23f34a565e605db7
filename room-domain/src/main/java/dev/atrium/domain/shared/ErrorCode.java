package dev.atrium.domain.shared;

/**
 * Stable, documented codes of every domain error. Clients branch on these, so a code is never
 * renamed or reused; new situations get new codes.
 */
public enum ErrorCode {
    VALIDATION_FAILED(ErrorKind.INVALID_INPUT),
    INVALID_CURSOR(ErrorKind.INVALID_INPUT),

    ROOM_NOT_FOUND(ErrorKind.NOT_FOUND),
    TENANT_NOT_FOUND(ErrorKind.NOT_FOUND),
    API_KEY_NOT_FOUND(ErrorKind.NOT_FOUND),

    EXTERNAL_ID_TAKEN(ErrorKind.CONFLICT),
    API_KEY_ID_TAKEN(ErrorKind.CONFLICT),
    ROOM_ACTIVE(ErrorKind.CONFLICT),
    ROOM_ENDED(ErrorKind.CONFLICT),
    RESCHEDULE_TOO_LATE(ErrorKind.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),

    VERSION_MISMATCH(ErrorKind.PRECONDITION_FAILED);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
