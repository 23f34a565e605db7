package dev.atrium.domain.room;

/** When a room can be used. Fixed when the room is created. */
public enum ScheduleKind {
    /** Usable any time within its validity window; the default. */
    PERMANENT,
    /** A meeting with a start and a duration. */
    SCHEDULED,
    /** One-time; ends when its last participant leaves. */
    ADHOC
}
