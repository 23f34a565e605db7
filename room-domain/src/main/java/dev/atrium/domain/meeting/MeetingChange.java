package dev.atrium.domain.meeting;

import dev.atrium.domain.meeting.MeetingUpdate.MeetingField;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An update of a meeting (Drumee's {@code room.update}): its kind and the fields of that kind. A
 * field of another kind is refused (NOT_ALLOWED), so a client never believes it changed what it did
 * not. What each kind needs:
 * <ul>
 *   <li>WHEN: {@code startsAt}, {@code durationMinutes} or both (what is left out stays);</li>
 *   <li>TITLE: {@code title};</li>
 *   <li>AGENDA: {@code agenda}, where {@code ""} clears it;</li>
 *   <li>ATTENDEES: {@code attendees}, the whole list (it may be empty);</li>
 *   <li>ALL: {@code title}, {@code startsAt}, {@code durationMinutes} and {@code attendees}; an absent
 *       {@code agenda} means the meeting has none, as ALL replaces every field.</li>
 * </ul>
 * The values themselves are checked by the rules of rooms and members when the change is applied.
 */
public record MeetingChange(MeetingUpdate update, String title, String agenda, String startsAt,
                            Integer durationMinutes, List<MemberDraft> attendees) {

    public MeetingChange {
        Objects.requireNonNull(update, "update");
        attendees = attendees == null ? null : Collections.unmodifiableList(new ArrayList<>(attendees));
        Violations violations = new Violations();
        check(update, title, agenda, startsAt, durationMinutes, attendees, violations);
        violations.throwIfAny("The meeting update is not valid.");
    }

    /** A change from what a client wrote, {@code update} included; reports every mistake at once. */
    public static MeetingChange of(String update, String title, String agenda, String startsAt, Integer durationMinutes,
                                   List<MemberDraft> attendees) {
        Violations violations = new Violations();
        if (update == null) {
            violations.add("update", ViolationCode.REQUIRED, "is required: one of WHEN, TITLE, AGENDA, ATTENDEES, ALL");
        }
        MeetingUpdate kind = violations.enumValue("update", update, MeetingUpdate.class, null);
        if (kind != null) {
            check(kind, title, agenda, startsAt, durationMinutes, attendees, violations);
        }
        violations.throwIfAny("The meeting update is not valid.");
        return new MeetingChange(kind, title, agenda, startsAt, durationMinutes, attendees);
    }

    private static void check(MeetingUpdate update, String title, String agenda, String startsAt, Integer durationMinutes,
                              List<MemberDraft> attendees, Violations violations) {
        given(update, MeetingField.TITLE, title, violations);
        given(update, MeetingField.AGENDA, agenda, violations);
        given(update, MeetingField.STARTS_AT, startsAt, violations);
        given(update, MeetingField.DURATION_MINUTES, durationMinutes, violations);
        given(update, MeetingField.ATTENDEES, attendees, violations);
        switch (update) {
            case WHEN -> {
                if (startsAt == null && durationMinutes == null) {
                    violations.add("startsAt", ViolationCode.REQUIRED, "a WHEN update gives startsAt, durationMinutes or both");
                    violations.add("durationMinutes", ViolationCode.REQUIRED, "a WHEN update gives startsAt, durationMinutes or both");
                }
            }
            case TITLE -> required("title", title, "is required in a TITLE update", violations);
            case AGENDA -> required("agenda", agenda, "is required in an AGENDA update (\"\" clears the agenda)", violations);
            case ATTENDEES -> required("attendees", attendees, "is required in an ATTENDEES update (the whole list)", violations);
            case ALL -> {
                required("title", title, "is required in an ALL update", violations);
                required("startsAt", startsAt, "is required in an ALL update", violations);
                required("durationMinutes", durationMinutes, "is required in an ALL update", violations);
                required("attendees", attendees, "is required in an ALL update (the whole list)", violations);
            }
        }
    }

    private static void given(MeetingUpdate update, MeetingField field, Object value, Violations violations) {
        if (value != null && !update.covers(field)) {
            violations.add(field.field(), ViolationCode.NOT_ALLOWED, "is not part of a " + update + " update");
        }
    }

    private static void required(String field, Object value, String message, Violations violations) {
        if (value == null) {
            violations.add(field, ViolationCode.REQUIRED, message);
        }
    }

    /** The room's draft with this change applied: only the fields of its kind differ from {@code current}. */
    public RoomDraft applyTo(RoomDraft current) {
        String name = update.covers(MeetingField.TITLE) ? title : current.name();
        String description = update.covers(MeetingField.AGENDA) ? agenda : current.description();
        ScheduleDraft schedule = current.schedule();
        if (update.covers(MeetingField.STARTS_AT)) {
            schedule = new ScheduleDraft(schedule.kind(), startsAt == null ? schedule.startsAt() : startsAt,
                    durationMinutes == null ? schedule.durationMinutes() : durationMinutes,
                    schedule.notBefore(), schedule.expiresAt());
        }
        return new RoomDraft(current.externalId(), name, description, current.type(), current.mode(), schedule,
                current.topology(), current.limits(), current.media(), current.recording(), current.access(),
                current.lifetime(), current.sip(), current.metadata());
    }

    /** The attendees the meeting is to have, when this change replaces them. */
    public Optional<List<MemberDraft>> attendeeList() {
        return update.covers(MeetingField.ATTENDEES) ? Optional.of(attendees) : Optional.empty();
    }

    /** Whether the change touches the room's settings (title, agenda or time), not only its attendees. */
    public boolean revisesRoom() {
        return update != MeetingUpdate.ATTENDEES;
    }
}
