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
        assertViolations(() -> MeetingChange.of("NAME", "Title", null, START.toString(), null, null),
                violation("startsAt", NOT_ALLOWED));
        assertViolations(() -> MeetingChange.of("WHEN", "Title", "Agenda", null, 30, NOBODY),
                violation("name", NOT_ALLOWED), violation("description", NOT_ALLOWED), violation("members", NOT_ALLOWED));
        assertViolations(() -> MeetingChange.of("DESCRIPTION", null, "New", null, 30, null),
                violation("durationMinutes", NOT_ALLOWED));
    }

    @Test
    void each_kind_needs_its_fields() {
        assertViolations(() -> MeetingChange.of("WHEN", null, null, null, null, null),
                violation("startsAt", REQUIRED), violation("durationMinutes", REQUIRED));
        assertViolations(() -> MeetingChange.of("NAME", null, null, null, null, null), violation("name", REQUIRED));
        assertViolations(() -> MeetingChange.of("DESCRIPTION", null, null, null, null, null), violation("description", REQUIRED));
        assertViolations(() -> MeetingChange.of("MEMBERS", null, null, null, null, null), violation("members", REQUIRED));
        assertViolations(() -> MeetingChange.of("ALL", null, "Agenda", null, null, null), violation("name", REQUIRED),
                violation("startsAt", REQUIRED), violation("durationMinutes", REQUIRED), violation("members", REQUIRED));
    }

    @Test
    void a_change_applies_only_what_its_kind_names() {
        RoomDraft retitled = MeetingChange.of("NAME", "Review", null, null, null, null).applyTo(current);
        RoomDraft longer = MeetingChange.of("WHEN", null, null, null, 45, null).applyTo(current);

        assertEquals(RoomDrafts.from(current).name("Review").build(), retitled);
        assertEquals(START.toString(), longer.schedule().startsAt());
        assertEquals(45, longer.schedule().durationMinutes());
        assertEquals("Planning", longer.name());
    }

    @Test
    void all_replaces_every_field_and_an_absent_description_clears_it() {
        MeetingChange all = MeetingChange.of("ALL", "Review", null, START.plusSeconds(3600).toString(), 60, NOBODY);

        RoomDraft replaced = all.applyTo(current);

        assertEquals("Review", replaced.name());
        assertEquals(null, replaced.description());
        assertEquals(60, replaced.schedule().durationMinutes());
        assertTrue(all.attendeeList().isPresent());
    }

    @Test
    void a_meeting_speaks_the_rooms_words_but_for_its_time_at_the_top() {
        assertEquals("name", Meetings.field("name"));
        assertEquals("description", Meetings.field("description"));
        assertEquals("startsAt", Meetings.field("schedule.startsAt"));
        assertEquals("durationMinutes", Meetings.field("schedule.durationMinutes"));
        assertEquals("members[2].displayName", Meetings.field("members[2].displayName"));
        assertEquals("members[0].email", Meetings.field("members[0].email"));
        assertEquals("limits.participants", Meetings.field("limits.participants"));
    }
}
