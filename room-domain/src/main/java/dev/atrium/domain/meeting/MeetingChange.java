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
 *   <li>NAME: {@code name};</li>
 *   <li>DESCRIPTION: {@code description}, where {@code ""} clears it;</li>
 *   <li>MEMBERS: {@code members}, the whole list (it may be empty);</li>
 *   <li>ALL: {@code name}, {@code startsAt}, {@code durationMinutes} and {@code members}; an absent
 *       {@code description} means the meeting has none, as ALL replaces every field.</li>
 * </ul>
 * The values themselves are checked by the rules of rooms and members when the change is applied.
 */
public record MeetingChange(MeetingUpdate update, String name, String description, String startsAt,
                            Integer durationMinutes, List<MemberDraft> members) {

    public MeetingChange {
        Objects.requireNonNull(update, "update");
        members = members == null ? null : Collections.unmodifiableList(new ArrayList<>(members));
        Violations violations = new Violations();
        check(update, name, description, startsAt, durationMinutes, members, violations);
        violations.throwIfAny("The meeting update is not valid.");
    }

    /** A change from what a client wrote, {@code update} included; reports every mistake at once. */
    public static MeetingChange of(String update, String name, String description, String startsAt, Integer durationMinutes,
                                   List<MemberDraft> members) {
        Violations violations = new Violations();
        if (update == null) {
            violations.add("update", ViolationCode.REQUIRED, "is required: one of WHEN, NAME, DESCRIPTION, MEMBERS, ALL");
        }
        MeetingUpdate kind = violations.enumValue("update", update, MeetingUpdate.class, null);
        if (kind != null) {
            check(kind, name, description, startsAt, durationMinutes, members, violations);
        }
        violations.throwIfAny("The meeting update is not valid.");
        return new MeetingChange(kind, name, description, startsAt, durationMinutes, members);
    }

    private static void check(MeetingUpdate update, String name, String description, String startsAt, Integer durationMinutes,
                              List<MemberDraft> members, Violations violations) {
        given(update, MeetingField.NAME, name, violations);
        given(update, MeetingField.DESCRIPTION, description, violations);
        given(update, MeetingField.STARTS_AT, startsAt, violations);
        given(update, MeetingField.DURATION_MINUTES, durationMinutes, violations);
        given(update, MeetingField.MEMBERS, members, violations);
        switch (update) {
            case WHEN -> {
                if (startsAt == null && durationMinutes == null) {
                    violations.add("startsAt", ViolationCode.REQUIRED, "a WHEN update gives startsAt, durationMinutes or both");
                    violations.add("durationMinutes", ViolationCode.REQUIRED, "a WHEN update gives startsAt, durationMinutes or both");
                }
            }
            case NAME -> required("name", name, "is required in a NAME update", violations);
            case DESCRIPTION -> required("description", description, "is required in a DESCRIPTION update (\"\" clears the description)", violations);
            case MEMBERS -> required("members", members, "is required in a MEMBERS update (the whole list)", violations);
            case ALL -> {
                required("name", name, "is required in an ALL update", violations);
                required("startsAt", startsAt, "is required in an ALL update", violations);
                required("durationMinutes", durationMinutes, "is required in an ALL update", violations);
                required("members", members, "is required in an ALL update (the whole list)", violations);
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
        String newName = update.covers(MeetingField.NAME) ? name : current.name();
        String newDescription = update.covers(MeetingField.DESCRIPTION) ? description : current.description();
        ScheduleDraft schedule = current.schedule();
        if (update.covers(MeetingField.STARTS_AT)) {
            schedule = new ScheduleDraft(schedule.kind(), startsAt == null ? schedule.startsAt() : startsAt,
                    durationMinutes == null ? schedule.durationMinutes() : durationMinutes,
                    schedule.notBefore(), schedule.expiresAt());
        }
        return new RoomDraft(current.externalId(), newName, newDescription, current.type(), current.mode(), schedule,
                current.topology(), current.limits(), current.media(), current.recording(), current.access(),
                current.lifetime(), current.sip(), current.metadata());
    }

    /** The members the meeting is to have, when this change replaces them. */
    public Optional<List<MemberDraft>> attendeeList() {
        return update.covers(MeetingField.MEMBERS) ? Optional.of(members) : Optional.empty();
    }

    /** Whether the change touches the room's settings (name, description or time), not only its members. */
    public boolean revisesRoom() {
        return update != MeetingUpdate.MEMBERS;
    }
}
