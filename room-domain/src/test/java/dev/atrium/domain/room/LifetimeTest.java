package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LifetimeTest {

    private static Room create(LifetimeDraft lifetime) {
        return Rooms.at(NOW).open(RoomDrafts.group().lifetime(lifetime).build());
    }

    private static Lifetime lifetimeOf(LifetimeDraft lifetime) {
        return create(lifetime).settings().lifetime();
    }

    @Test
    void a_room_closes_an_unused_session_after_five_minutes_and_an_empty_one_after_one_by_default() {
        Lifetime lifetime = lifetimeOf(null);

        assertEquals(new Lifetime(300, 60, 0, 0), lifetime);
        assertEquals(Duration.ofMinutes(5), lifetime.unused());
        assertEquals(Duration.ofMinutes(1), lifetime.empty());
        assertNull(lifetime.solo());
        assertNull(lifetime.maxDuration());
    }

    @Test
    void a_timer_left_out_keeps_its_default() {
        assertEquals(new Lifetime(300, 60, 45, 0), lifetimeOf(new LifetimeDraft(null, null, 45, null)));
    }

    @Test
    void every_timer_can_be_set() {
        Lifetime lifetime = lifetimeOf(new LifetimeDraft(120, 30, 600, 240));

        assertEquals(Duration.ofSeconds(120), lifetime.unused());
        assertEquals(Duration.ofSeconds(30), lifetime.empty());
        assertEquals(Duration.ofSeconds(600), lifetime.solo());
        assertEquals(Duration.ofHours(4), lifetime.maxDuration());
    }

    @Test
    void zero_turns_a_timer_off_except_the_empty_one_which_then_closes_at_once() {
        Lifetime lifetime = lifetimeOf(new LifetimeDraft(0, 0, 0, 0));

        assertNull(lifetime.unused());
        assertEquals(Duration.ZERO, lifetime.empty());
        assertNull(lifetime.solo());
        assertNull(lifetime.maxDuration());
    }

    @Test
    void the_largest_timers_are_a_day_in_seconds_and_a_week_in_minutes() {
        assertEquals(new Lifetime(86_400, 86_400, 86_400, 10_080),
                lifetimeOf(new LifetimeDraft(86_400, 86_400, 86_400, 10_080)));
    }

    @ParameterizedTest(name = "{0} = {1} is out of range")
    @CsvSource({
            "lifetime.unusedTimeoutSeconds, -1", "lifetime.unusedTimeoutSeconds, 86401",
            "lifetime.emptyTimeoutSeconds, -1", "lifetime.emptyTimeoutSeconds, 86401",
            "lifetime.soloTimeoutSeconds, -1", "lifetime.soloTimeoutSeconds, 86401",
            "lifetime.maxDurationMinutes, -1", "lifetime.maxDurationMinutes, 10081"})
    void a_timer_out_of_its_range_is_reported_by_its_field(String field, int value) {
        LifetimeDraft draft = switch (field) {
            case "lifetime.unusedTimeoutSeconds" -> new LifetimeDraft(value, null, null, null);
            case "lifetime.emptyTimeoutSeconds" -> new LifetimeDraft(null, value, null, null);
            case "lifetime.soloTimeoutSeconds" -> new LifetimeDraft(null, null, value, null);
            default -> new LifetimeDraft(null, null, null, value);
        };

        assertViolations(() -> create(draft), violation(field, OUT_OF_RANGE));
    }

    @Test
    void every_wrong_timer_is_reported_at_once() {
        assertViolations(() -> create(new LifetimeDraft(-1, -1, -1, -1)),
                violation("lifetime.unusedTimeoutSeconds", OUT_OF_RANGE),
                violation("lifetime.emptyTimeoutSeconds", OUT_OF_RANGE),
                violation("lifetime.soloTimeoutSeconds", OUT_OF_RANGE),
                violation("lifetime.maxDurationMinutes", OUT_OF_RANGE));
    }

    @Test
    void the_lifetime_survives_a_round_trip_through_the_draft() {
        Room room = create(new LifetimeDraft(120, 30, 600, 240));

        assertEquals(new LifetimeDraft(120, 30, 600, 240), room.toDraft().lifetime());
        assertEquals(room.settings().lifetime(), create(room.toDraft().lifetime()).settings().lifetime());
    }

    @Test
    void revising_a_room_changes_its_lifetime() {
        Room room = create(null);

        room.revise(RoomDrafts.from(room.toDraft()).lifetime(new LifetimeDraft(10, 20, 30, 40)).build(), NOW,
                Rooms.seededRandom());

        assertEquals(new Lifetime(10, 20, 30, 40), room.settings().lifetime());
    }
}
