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

/**
 * What makes a room a meeting, and how a meeting speaks: a SCHEDULED room, in the room's own words
 * ({@code name}, {@code description}, {@code members}), but with its schedule's {@code startsAt} and
 * {@code durationMinutes} at the top of the document. The room's rules decide; their violations
 * are reported at these fields.
 */
public final class Meetings {
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
            String summary = e.getMessage().startsWith("The room settings") ? "The meeting is not valid." : e.getMessage();
            throw new InvalidInputException(e.code(), summary,
                    e.violations().stream().map(v -> new FieldViolation(field(v.field()), v.code(), v.message())).toList());
        }
    }

    /** A room's or member's field path as the meeting's API names it. */
    static String field(String roomField) {
        return switch (roomField) {
            case "schedule.startsAt" -> "startsAt";
            case "schedule.durationMinutes" -> "durationMinutes";
            default -> roomField;
        };
    }
}
