package dev.atrium.domain.room;

/** Where a room is in its life: OPEN until a session runs, ACTIVE while one runs, ENDED for good. */
public enum RoomStatus {
    /** Created; no session has run yet. */
    OPEN,
    /** A session runs. */
    ACTIVE,
    /** Terminal and read-only. */
    ENDED
}
