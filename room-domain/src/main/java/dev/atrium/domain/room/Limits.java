package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

/**
 * How many people of each kind a room holds. The participant ceiling depends on the room: a
 * one-to-one room holds two, a meeting 300 (1000 in lecture mode), and any other room as many as
 * keep {@code participants x maxActiveTalkers} within {@link #MAX_STREAMS} streams.
 */
public record Limits(int moderators, int participants, int audiences) {
    public static final int MAX_MODERATORS = 5;
    public static final int MAX_STREAMS = 1600;
    public static final int MAX_SCHEDULED_PARTICIPANTS = 300;
    public static final int MAX_LECTURE_PARTICIPANTS = 1000;
    public static final int MAX_AUDIENCES = 100_000;
    static final int DEFAULT_PARTICIPANTS = 100;

    static Limits from(LimitsDraft draft, RoomType type, RoomMode mode, ScheduleKind scheduleKind,
                       MediaSettings media, Violations violations) {
        LimitsDraft d = draft == null ? new LimitsDraft(null, null, null) : draft;
        Integer moderators = violations.intInRange("limits.moderators", d.moderators(), 1, 1, MAX_MODERATORS);
        Integer audiences = violations.intInRange("limits.audiences", d.audiences(), 0, 0, MAX_AUDIENCES);
        if (type == null || mode == null || scheduleKind == null || media == null) {
            return null; // the ceiling depends on fields that are already reported wrong
        }
        int ceiling = participantCeiling(type, mode, scheduleKind, media.maxActiveTalkers());
        int participants = d.participants() == null ? Math.min(DEFAULT_PARTICIPANTS, ceiling) : d.participants();
        if (participants < 1 || participants > ceiling) {
            violations.add("limits.participants", ViolationCode.OUT_OF_RANGE,
                    "must be between 1 and " + ceiling + " for this room (" + ceilingReason(type, mode, scheduleKind) + ")");
            return null;
        }
        if (moderators == null || audiences == null) {
            return null;
        }
        return new Limits(moderators, participants, audiences);
    }

    static int participantCeiling(RoomType type, RoomMode mode, ScheduleKind scheduleKind, int maxActiveTalkers) {
        if (type == RoomType.ONE_TO_ONE) {
            return 2;
        }
        if (scheduleKind == ScheduleKind.SCHEDULED) {
            return mode == RoomMode.LECTURE ? MAX_LECTURE_PARTICIPANTS : MAX_SCHEDULED_PARTICIPANTS;
        }
        return MAX_STREAMS / maxActiveTalkers;
    }

    private static String ceilingReason(RoomType type, RoomMode mode, ScheduleKind scheduleKind) {
        if (type == RoomType.ONE_TO_ONE) {
            return "a ONE_TO_ONE room has two members";
        }
        if (scheduleKind == ScheduleKind.SCHEDULED) {
            return mode == RoomMode.LECTURE ? "a SCHEDULED LECTURE room" : "a SCHEDULED room";
        }
        return "participants x media.maxActiveTalkers may not exceed " + MAX_STREAMS + " streams";
    }

    /** Everybody who may be in the call at once. */
    public int capacity() {
        return moderators + participants;
    }
}
