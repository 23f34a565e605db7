package dev.atrium.domain.live;

/** Why a session closed, or a room ended. */
public enum CloseReason {
    /** Nobody was admitted within {@code lifetime.unusedTimeoutSeconds}. */
    UNUSED,
    /** Nobody was left for {@code lifetime.emptyTimeoutSeconds}. */
    EMPTY,
    /** One person was left alone for {@code lifetime.soloTimeoutSeconds}. */
    SOLO,
    /** The session ran for {@code lifetime.maxDurationMinutes}. */
    MAX_DURATION,
    /** The room's {@code expiresAt} or the meeting's end came. */
    EXPIRED,
    /** Somebody ended the room for everyone. */
    ENDED
}
