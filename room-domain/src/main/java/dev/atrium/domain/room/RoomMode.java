package dev.atrium.domain.room;

/** Who publishes media. Fixed when the room is created. */
public enum RoomMode {
    /** Everybody may publish. */
    GROUP,
    /** Only moderators (and the owner) publish unless granted. */
    LECTURE
}
