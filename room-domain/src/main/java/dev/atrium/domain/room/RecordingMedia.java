package dev.atrium.domain.room;

/** What a role-based recording keeps of a role. */
public enum RecordingMedia {
    /** Sound only. */
    AUDIO,
    /** Sound and picture. */
    AUDIO_VIDEO
}
