package dev.atrium.domain.meeting;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.room.RoomDraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingChangeTest {
    private static final Instant START = Instant.parse("2030-02-01T09:00:00Z");
    private static final List<MemberDraft> NOBODY = List.of();
    private final RoomDraft current = RoomDrafts.scheduled(START, Duration.ofMinutes(30))
            .name("Planning").description("Budget").build();

    @Test
    void the_update_names_one_kind() {
        assertViolations(() -> MeetingChange.of(null, "Title", null, null, null, null), violation("update", REQUIRED));
        assertViolations(() -> MeetingChange.of("member", null, null, null, null, null), violation("update", INVALID_VALUE));
        assertEquals(MeetingUpdate.WHEN, MeetingChange.of("when", null, null, START.toString(), null, null).update());
    }

    @Test
    void a_field_of_another_kind_is_refused() {
        assertViolations(() -> MeetingChange.of("TITLE", "Title", null, START.toString(), null, null),
                violation("startsAt", NOT_ALLOWED));
        assertViolations(() -> MeetingChange.of("WHEN", "Title", "Agenda", null, 30, NOBODY),
                violation("title", NOT_ALLOWED), violation("agenda", NOT_ALLOWED), violation("attendees", NOT_ALLOWED));
        assertViolations(() -> MeetingChange.of("AGENDA", null, "New", null, 30, null),
                violation("durationMinutes", NOT_ALLOWED));
    }

    @Test
    void each_kind_needs_its_fields() {
        assertViolations(() -> MeetingChange.of("WHEN", null, null, null, null, null),
                violation("startsAt", REQUIRED), violation("durationMinutes", REQUIRED));
        assertViolations(() -> MeetingChange.of("TITLE", null, null, null, null, null), violation("title", REQUIRED));
        assertViolations(() -> MeetingChange.of("AGENDA", null, null, null, null, null), violation("agenda", REQUIRED));
        assertViolations(() -> MeetingChange.of("ATTENDEES", null, null, null, null, null), violation("attendees", REQUIRED));
        assertViolations(() -> MeetingChange.of("ALL", null, "Agenda", null, null, null), violation("title", REQUIRED),
                violation("startsAt", REQUIRED), violation("durationMinutes", REQUIRED), violation("attendees", REQUIRED));
    }

    @Test
    void a_change_applies_only_what_its_kind_names() {
        RoomDraft retitled = MeetingChange.of("TITLE", "Review", null, null, null, null).applyTo(current);
        RoomDraft longer = MeetingChange.of("WHEN", null, null, null, 45, null).applyTo(current);

        assertEquals(RoomDrafts.from(current).name("Review").build(), retitled);
        assertEquals(START.toString(), longer.schedule().startsAt());
        assertEquals(45, longer.schedule().durationMinutes());
        assertEquals("Planning", longer.name());
    }

    @Test
    void all_replaces_every_field_and_an_absent_agenda_clears_it() {
        MeetingChange all = MeetingChange.of("ALL", "Review", null, START.plusSeconds(3600).toString(), 60, NOBODY);

        RoomDraft replaced = all.applyTo(current);

        assertEquals("Review", replaced.name());
        assertEquals(null, replaced.description());
        assertEquals(60, replaced.schedule().durationMinutes());
        assertTrue(all.attendeeList().isPresent());
    }

    @Test
    void room_fields_are_renamed_to_the_meetings() {
        assertEquals("title", Meetings.field("name"));
        assertEquals("agenda", Meetings.field("description"));
        assertEquals("startsAt", Meetings.field("schedule.startsAt"));
        assertEquals("attendees[2].name", Meetings.field("members[2].displayName"));
        assertEquals("attendees[0].email", Meetings.field("members[0].email"));
        assertEquals("limits.participants", Meetings.field("limits.participants"));
    }
}
