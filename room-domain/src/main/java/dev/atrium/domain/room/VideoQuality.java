package dev.atrium.domain.room;

/** Maximum video quality of the room. */
public enum VideoQuality {
    /** Up to 1280x720. */
    HD,
    /** Up to 640x480; the default. */
    SD,
    /** Low definition for poor networks. */
    LD
}
