package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.IMMUTABLE;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {
    private static final Duration NANO = Duration.ofNanos(1);
    private static final Instant START = NOW.plus(Duration.ofDays(1));
    private static final Duration HOUR = Duration.ofHours(1);

    private static Room create(RoomDraft draft) {
        return Rooms.at(NOW).open(draft);
    }

    private static Schedule scheduleOf(RoomDraft draft) {
        return create(draft).settings().schedule();
    }

    private static RoomDraft withSchedule(String kind, String startsAt, Integer durationMinutes) {
        return RoomDrafts.group().schedule(new ScheduleDraft(kind, startsAt, durationMinutes, null, null)).build();
    }

    @Nested
    class Kinds {
        @Test
        void a_room_is_permanent_unless_told_otherwise() {
            assertEquals(ScheduleKind.PERMANENT, scheduleOf(RoomDraft.empty()).kind());
        }

        @Test
        void a_meeting_keeps_its_start_and_duration() {
            Schedule schedule = scheduleOf(RoomDrafts.scheduled(START, HOUR).build());

            assertEquals(ScheduleKind.SCHEDULED, schedule.kind());
            assertEquals(START, schedule.startsAt());
            assertEquals(60, schedule.durationMinutes());
            assertEquals(START.plus(HOUR), schedule.endsAt());
        }

        @Test
        void a_meeting_needs_a_start_and_a_duration() {
            assertViolations(() -> create(withSchedule("SCHEDULED", null, null)),
                    violation("schedule.startsAt", REQUIRED), violation("schedule.durationMinutes", REQUIRED));
        }

        @ParameterizedTest(name = "a meeting of {0} minutes is accepted")
        @ValueSource(ints = {1, 2, Schedule.MAX_DURATION_MINUTES})
        void a_meeting_lasts_at_least_one_minute(int minutes) {
            assertEquals(minutes, scheduleOf(withSchedule("SCHEDULED", START.toString(), minutes)).durationMinutes());
        }

        @ParameterizedTest(name = "a meeting of {0} minutes is refused")
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, Schedule.MAX_DURATION_MINUTES + 1})
        void a_meeting_duration_outside_its_range_is_refused(int minutes) {
            assertViolations(() -> create(withSchedule("SCHEDULED", START.toString(), minutes)),
                    violation("schedule.durationMinutes", OUT_OF_RANGE));
        }

        @ParameterizedTest(name = "start \"{0}\"")
        @ValueSource(strings = {"tomorrow", "2030-01-16", "2030-01-16 09:00:00", "2030-13-01T00:00:00Z"})
        void a_start_that_is_not_a_timestamp_is_an_invalid_format(String startsAt) {
            assertViolations(() -> create(withSchedule("SCHEDULED", startsAt, 30)),
                    violation("schedule.startsAt", INVALID_FORMAT));
        }

        @ParameterizedTest(name = "{0} rooms have no start or duration")
        @ValueSource(strings = {"PERMANENT", "ADHOC"})
        void only_a_meeting_has_a_start_and_a_duration(String kind) {
            assertViolations(() -> create(withSchedule(kind, START.toString(), 30)),
                    violation("schedule.startsAt", NOT_ALLOWED), violation("schedule.durationMinutes", NOT_ALLOWED));
        }

        @Test
        void an_unknown_kind_is_an_invalid_value() {
            assertViolations(() -> create(withSchedule("RECURRING", null, null)), violation("schedule.kind", INVALID_VALUE));
        }

        @Test
        void an_adhoc_room_expires_three_hours_after_its_creation_by_default() {
            Schedule schedule = scheduleOf(RoomDrafts.adhoc().build());

            assertEquals(ScheduleKind.ADHOC, schedule.kind());
            assertEquals(NOW.plus(Duration.ofHours(3)), schedule.expiresAt());
        }

        @Test
        void an_adhoc_room_keeps_an_expiry_it_was_given() {
            Instant expiry = NOW.plus(Duration.ofMinutes(30));

            assertEquals(expiry, scheduleOf(RoomDrafts.adhoc().window(null, expiry).build()).expiresAt());
        }

        @Test
        void other_kinds_do_not_expire_by_default() {
            assertNull(scheduleOf(RoomDraft.empty()).expiresAt());
            assertNull(scheduleOf(RoomDrafts.scheduled(START, HOUR).build()).expiresAt());
        }
    }

    @Nested
    class ValidityWindow {
        @Test
        void the_window_must_end_after_it_starts() {
            Instant notBefore = NOW.plus(HOUR);

            assertViolations(() -> create(RoomDrafts.group().window(notBefore, notBefore).build()),
                    violation("schedule.expiresAt", OUT_OF_RANGE));
            assertEquals(notBefore.plusSeconds(1),
                    scheduleOf(RoomDrafts.group().window(notBefore, notBefore.plusSeconds(1)).build()).expiresAt());
        }

        @Test
        void a_new_room_must_not_have_expired_already() {
            assertViolations(() -> create(RoomDrafts.group().window(null, NOW).build()),
                    violation("schedule.expiresAt", OUT_OF_RANGE));
            Duration milli = Duration.ofMillis(1);
            assertEquals(NOW.plus(milli), scheduleOf(RoomDrafts.group().window(null, NOW.plus(milli)).build()).expiresAt());
        }

        @Test
        void timestamps_outside_the_years_every_store_keeps_are_refused() {
            assertViolations(() -> create(RoomDrafts.group().window(null, Instant.parse("+1000000000-01-01T00:00:00Z")).build()),
                    violation("schedule.expiresAt", OUT_OF_RANGE));
            assertViolations(() -> create(RoomDrafts.group().window(Instant.parse("1969-12-31T23:59:59Z"), null).build()),
                    violation("schedule.notBefore", OUT_OF_RANGE));
            assertViolations(() -> create(RoomDrafts.scheduled(Instant.parse("+100000-01-01T00:00:00Z"), Duration.ofHours(1)).build()),
                    violation("schedule.startsAt", OUT_OF_RANGE));
        }

        @Test
        void timestamps_are_kept_to_the_millisecond() {
            Instant precise = NOW.plus(Duration.ofDays(1)).plusNanos(123_456_789);

            assertEquals(NOW.plus(Duration.ofDays(1)).plusMillis(123),
                    scheduleOf(RoomDrafts.group().window(null, precise).build()).expiresAt());
        }

        @Test
        void a_window_may_have_opened_before_the_room_is_created() {
            Instant notBefore = NOW.minus(Duration.ofDays(30));

            assertEquals(notBefore, scheduleOf(RoomDrafts.group().window(notBefore, null).build()).notBefore());
        }

        @Test
        void an_adhoc_room_cannot_open_after_its_default_expiry() {
            Instant pastDefaultExpiry = NOW.plus(Duration.ofHours(4));

            assertViolations(() -> create(RoomDrafts.adhoc().window(pastDefaultExpiry, null).build()),
                    violation("schedule.expiresAt", OUT_OF_RANGE));
        }

        @ParameterizedTest(name = "field {0}")
        @ValueSource(strings = {"notBefore", "expiresAt"})
        void window_bounds_must_be_timestamps(String field) {
            ScheduleDraft draft = field.equals("notBefore")
                    ? new ScheduleDraft(null, null, null, "soon", null)
                    : new ScheduleDraft(null, null, null, null, "later");

            assertViolations(() -> create(RoomDrafts.group().schedule(draft).build()),
                    violation("schedule." + field, INVALID_FORMAT));
        }

        @Test
        void a_meeting_that_is_already_over_cannot_be_created() {
            Instant start = NOW.minus(HOUR);

            assertViolations(() -> create(RoomDrafts.scheduled(start, HOUR).build()),
                    violation("schedule.startsAt", OUT_OF_RANGE));
            assertEquals(start, scheduleOf(RoomDrafts.scheduled(start, HOUR.plusMinutes(1)).build()).startsAt());
        }
    }

    @Nested
    class Joining {
        private final Schedule meeting = new Schedule(ScheduleKind.SCHEDULED, START, 60, null, null);

        @Test
        void a_meeting_opens_exactly_fifteen_minutes_before_its_start() {
            Instant doorsOpen = START.minus(Duration.ofMinutes(15));

            assertEquals(doorsOpen, meeting.joinableFrom());
            assertTrue(meeting.isJoinableAt(doorsOpen));
            assertFalse(meeting.isJoinableAt(doorsOpen.minus(NANO)));
        }

        @Test
        void a_meeting_closes_at_the_end_of_its_duration() {
            Instant end = START.plus(HOUR);

            assertEquals(end, meeting.joinableUntil());
            assertTrue(meeting.isJoinableAt(end.minus(NANO)));
            assertFalse(meeting.isJoinableAt(end));
        }

        @Test
        void a_permanent_room_without_a_window_is_always_joinable() {
            Schedule permanent = new Schedule(ScheduleKind.PERMANENT, null, null, null, null);

            assertNull(permanent.joinableFrom());
            assertNull(permanent.joinableUntil());
            assertTrue(permanent.isJoinableAt(Instant.EPOCH));
            assertTrue(permanent.isJoinableAt(NOW.plus(Duration.ofDays(365 * 100))));
        }

        @Test
        void a_validity_window_opens_at_not_before_and_closes_at_expires_at() {
            Instant notBefore = NOW.plus(HOUR);
            Instant expiresAt = notBefore.plus(HOUR);
            Schedule window = new Schedule(ScheduleKind.PERMANENT, null, null, notBefore, expiresAt);

            assertFalse(window.isJoinableAt(notBefore.minus(NANO)));
            assertTrue(window.isJoinableAt(notBefore));
            assertTrue(window.isJoinableAt(expiresAt.minus(NANO)));
            assertFalse(window.isJoinableAt(expiresAt));
        }

        @Test
        void the_narrower_of_meeting_and_window_decides() {
            Instant lateOpening = START.minus(Duration.ofMinutes(5));
            Instant earlyClosing = START.plus(Duration.ofMinutes(30));
            Schedule narrowed = new Schedule(ScheduleKind.SCHEDULED, START, 60, lateOpening, earlyClosing);
            Schedule wide = new Schedule(ScheduleKind.SCHEDULED, START, 60, START.minus(HOUR), START.plus(Duration.ofHours(2)));

            assertEquals(lateOpening, narrowed.joinableFrom());
            assertEquals(earlyClosing, narrowed.joinableUntil());
            assertEquals(START.minus(Duration.ofMinutes(15)), wide.joinableFrom());
            assertEquals(START.plus(HOUR), wide.joinableUntil());
        }
    }

    @Nested
    class Rescheduling {
        private final Instant lastMoment = START.minus(Duration.ofMinutes(15));

        private Room meeting() {
            return create(RoomDrafts.scheduled(START, HOUR).build());
        }

        private boolean moveStart(Room room, Instant newStart, Instant now) {
            return room.revise(RoomDrafts.scheduled(newStart, HOUR).name(room.settings().name()).build(), now,
                    Rooms.seededRandom());
        }

        @Test
        void a_meeting_can_be_moved_until_just_before_fifteen_minutes_ahead_of_its_start() {
            Room room = meeting();

            assertTrue(moveStart(room, START.plus(HOUR), lastMoment.minus(NANO)));
            assertEquals(START.plus(HOUR), room.settings().schedule().startsAt());
        }

        @Test
        void a_meeting_cannot_be_moved_from_fifteen_minutes_before_its_start() {
            Room room = meeting();

            assertFails(ErrorCode.RESCHEDULE_TOO_LATE, () -> moveStart(room, START.plus(HOUR), lastMoment));
            assertFails(ErrorCode.RESCHEDULE_TOO_LATE, () -> moveStart(room, START.plus(HOUR), START.plus(Duration.ofMinutes(10))));
            assertEquals(START, room.settings().schedule().startsAt());
        }

        @Test
        void the_fifteen_minutes_count_from_the_current_start_not_the_new_one() {
            Room room = meeting();
            Instant muchLater = START.plus(Duration.ofDays(7));

            assertFails(ErrorCode.RESCHEDULE_TOO_LATE, () -> moveStart(room, muchLater, lastMoment));
        }

        @Test
        void a_running_meeting_can_still_be_extended() {
            Room room = meeting();
            RoomDraft longer = RoomDrafts.scheduled(START, Duration.ofHours(2)).name(room.settings().name()).build();

            assertTrue(room.revise(longer, START.plus(Duration.ofMinutes(30)), Rooms.seededRandom()));
            assertEquals(120, room.settings().schedule().durationMinutes());
        }

        @Test
        void a_meeting_cannot_be_moved_into_the_past() {
            Room room = meeting();
            Instant now = NOW.plus(HOUR);

            assertViolations(() -> moveStart(room, now.minus(Duration.ofHours(2)), now),
                    violation("schedule.startsAt", OUT_OF_RANGE));
        }

        @Test
        void a_permanent_room_cannot_become_a_meeting_even_when_the_meeting_is_incomplete() {
            Room room = create(RoomDraft.empty());

            assertViolations(() -> room.revise(withSchedule("SCHEDULED", null, null), NOW, Rooms.seededRandom()),
                    violation("schedule.kind", IMMUTABLE),
                    violation("schedule.startsAt", REQUIRED),
                    violation("schedule.durationMinutes", REQUIRED));
        }

        @Test
        void the_kind_of_schedule_never_changes() {
            Room room = meeting();

            assertViolations(() -> room.revise(RoomDrafts.group().name("x").build(), NOW, Rooms.seededRandom()),
                    violation("schedule.kind", IMMUTABLE));
        }
    }
}
