package dev.atrium.domain.room;

/** How people may be members of a room. */
public enum RoomType {
    /** At most two members. */
    ONE_TO_ONE,
    /** Invited members; the default. */
    GROUP,
    /** Guests may also come in by link. */
    PUBLIC
}
