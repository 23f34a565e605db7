package dev.atrium.domain.live;

/** Why a person is no longer in the room. */
public enum LeaveReason {
    /** Left by themselves. */
    LEFT,
    /** Removed by a moderator. */
    REMOVED,
    /** Removed by a moderator and banned from coming back. */
    BANNED,
    /** A moderator denied their knock. */
    DENIED,
    /** A newer session of the same person took over. */
    REPLACED,
    /** Sent no ping within the presence timeout. */
    TIMEOUT,
    /** The room or the meeting reached its end. */
    EXPIRED,
    /** A session timer closed the session (unused, empty, solo, maximum duration). */
    SESSION_CLOSED,
    /** The room was ended for everyone. */
    ROOM_ENDED;

    /** Whether it takes everybody out of the room at once: the session or the room ends. */
    public boolean endsTheSessionForEverybody() {
        return this == EXPIRED || this == SESSION_CLOSED || this == ROOM_ENDED;
    }
}
