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
    MEMBER_NOT_FOUND(ErrorKind.NOT_FOUND),
    TOKEN_NOT_FOUND(ErrorKind.NOT_FOUND),
    LINK_NOT_FOUND(ErrorKind.NOT_FOUND),
    PARTICIPANT_NOT_FOUND(ErrorKind.NOT_FOUND),
    PEER_NOT_FOUND(ErrorKind.NOT_FOUND),
    MEETING_NOT_FOUND(ErrorKind.NOT_FOUND),

    EXTERNAL_ID_TAKEN(ErrorKind.CONFLICT),
    API_KEY_ID_TAKEN(ErrorKind.CONFLICT),
    ROOM_ACTIVE(ErrorKind.CONFLICT),
    ROOM_ENDED(ErrorKind.CONFLICT),
    RESCHEDULE_TOO_LATE(ErrorKind.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
    MEMBER_EXISTS(ErrorKind.CONFLICT),
    ONE_TO_ONE_MEMBERS_FIXED(ErrorKind.CONFLICT),
    ONE_TO_ONE_EXISTS(ErrorKind.CONFLICT),
    ROOM_NOT_OPEN_YET(ErrorKind.CONFLICT),
    TOKEN_ALREADY_USED(ErrorKind.CONFLICT),
    ROOM_FULL(ErrorKind.CONFLICT),
    LOBBY_FULL(ErrorKind.CONFLICT),
    SESSION_EXISTS(ErrorKind.CONFLICT),
    NOT_ADMITTED(ErrorKind.CONFLICT),
    NOT_IN_LOBBY(ErrorKind.CONFLICT),
    NOT_IN_CALL(ErrorKind.CONFLICT),
    PRESENTER_EXISTS(ErrorKind.CONFLICT),
    NOT_A_LECTURE(ErrorKind.CONFLICT),
    TOPOLOGY_NOT_MESH(ErrorKind.CONFLICT),

    OWNER_NOT_REMOVABLE(ErrorKind.FORBIDDEN),
    PASSWORD_NOT_SUPPORTED(ErrorKind.FORBIDDEN),
    GUESTS_NOT_ALLOWED(ErrorKind.FORBIDDEN),
    WRONG_PASSWORD(ErrorKind.FORBIDDEN),
    PERMISSION_DENIED(ErrorKind.FORBIDDEN),
    TOKEN_FOR_ANOTHER_ROOM(ErrorKind.FORBIDDEN),
    SCREEN_SHARE_DISABLED(ErrorKind.FORBIDDEN),
    BANNED(ErrorKind.FORBIDDEN),
    SIGNAL_NOT_ALLOWED(ErrorKind.FORBIDDEN),

    VERSION_MISMATCH(ErrorKind.PRECONDITION_FAILED),
    OWNER_ROLE_FIXED(ErrorKind.PRECONDITION_FAILED),

    LINK_EXPIRED(ErrorKind.GONE),

    TOO_MANY_ATTEMPTS(ErrorKind.THROTTLED);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
