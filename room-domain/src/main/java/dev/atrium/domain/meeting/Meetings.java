package dev.atrium.domain.meeting;

import dev.atrium.domain.live.RoomEvent.InvitationIssued;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.Schedule;
import dev.atrium.domain.room.ScheduleKind;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.FieldViolation;
import dev.atrium.domain.shared.InvalidInputException;
import dev.atrium.domain.shared.NotFoundException;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a room a meeting, and how a meeting speaks: a SCHEDULED room, whose name is the
 * meeting's {@code title}, its description the {@code agenda}, its schedule {@code startsAt} and
 * {@code durationMinutes}, and its members the {@code attendees} (a member's displayName is an
 * attendee's {@code name}). The room's rules decide; their violations are renamed to these fields.
 */
public final class Meetings {
    private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)](.*)");

    private Meetings() {
    }

    /** Only a SCHEDULED room is a meeting; any other is not found as one. */
    public static void requireMeeting(Room room) {
        ScheduleKind kind = room.settings().schedule().kind();
        if (kind != ScheduleKind.SCHEDULED) {
            throw new NotFoundException(ErrorCode.MEETING_NOT_FOUND,
                    "Room " + room.id() + " is not a meeting (its schedule is " + kind + ", not SCHEDULED).");
        }
    }

    /** The invitation of one attendee to the meeting as it is now; none for an attendee without e-mail. */
    public static Optional<InvitationIssued> invitation(Room meeting, RoomMember attendee) {
        if (attendee.email() == null) {
            return Optional.empty();
        }
        Schedule schedule = meeting.settings().schedule();
        return Optional.of(new InvitationIssued(attendee.userRef(), attendee.displayName(), attendee.email(),
                meeting.settings().name(), meeting.settings().description(), schedule.startsAt(),
                schedule.durationMinutes()));
    }

    /** Whether the meeting moved or got longer or shorter: what the invited have to be told again. */
    public static boolean timeChanged(Schedule before, Schedule after) {
        return !Objects.equals(before.startsAt(), after.startsAt())
                || !Objects.equals(before.durationMinutes(), after.durationMinutes());
    }

    /** Runs a rule of rooms or members and reports its violations in the meeting's field names. */
    public static <T> T inMeetingTerms(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInputException e) {
            String summary = e.getMessage().startsWith("The room settings") ? "The meeting is not valid."
                    : e.getMessage().replace("members", "attendees");
            throw new InvalidInputException(e.code(), summary,
                    e.violations().stream().map(v -> new FieldViolation(field(v.field()), v.code(), v.message())).toList());
        }
    }

    /** A room's or member's field path as the meeting's API names it. */
    static String field(String roomField) {
        Matcher member = MEMBER.matcher(roomField);
        if (member.matches()) {
            String rest = member.group(2).equals(".displayName") ? ".name" : member.group(2);
            return "attendees[" + member.group(1) + "]" + rest;
        }
        return switch (roomField) {
            case "name" -> "title";
            case "description" -> "agenda";
            case "schedule.startsAt" -> "startsAt";
            case "schedule.durationMinutes" -> "durationMinutes";
            case "members" -> "attendees";
            default -> roomField;
        };
    }
}
