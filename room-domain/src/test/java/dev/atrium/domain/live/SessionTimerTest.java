package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RoomEvent.ParticipantAdmitted;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.live.RoomEvent.SessionClosed;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import dev.atrium.domain.room.RoomStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.events;
import static dev.atrium.domain.live.LiveRoomChecks.keepAlive;
import static dev.atrium.domain.live.LiveRoomChecks.leftEvent;
import static dev.atrium.domain.live.LiveRoomChecks.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presence deadlines, the room's end, a meeting's start and the lifetime timers ({@link
 * SessionTimer}): what {@code tick} fires and what {@code nextDeadline} says.
 */
class SessionTimerTest {
    private final LiveRooms people = LiveRooms.at(NOW);

    @Test
    void a_shorter_ping_never_moves_a_presence_deadline_back() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant bob = people.join(live, "bob", Role.PARTICIPANT);

        Participant pinged = live.ping(bob.id(), NOW.plusSeconds(1), Duration.ofSeconds(5));

        assertEquals(NOW.plus(LiveRooms.PRESENCE_TIMEOUT), pinged.presenceDeadline());
        assertEquals(NOW.plusSeconds(1), pinged.lastPingAt());
    }

    @Test
    void a_session_without_a_ping_for_the_presence_timeout_is_reaped() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant bob = people.join(live, "bob", Role.PARTICIPANT);
        Participant pinged = live.ping(bob.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);
        assertEquals(NOW.plusSeconds(50), pinged.presenceDeadline());

        live.tick(NOW.plusSeconds(29));
        assertEquals(2, live.participants().size());
        live.tick(NOW.plusSeconds(30));

        assertEquals(List.of(bob.id()), live.participants().stream().map(Participant::id).toList());
        assertEquals(LeaveReason.TIMEOUT, leftEvent(live, ada).reason());
    }

    @Test
    void pings_lost_in_a_store_outage_reap_nobody_until_the_grace_after_it_ran_out() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Instant outageFrom = NOW.plusSeconds(10);
        Instant graceUntil = NOW.plusSeconds(55).plus(LiveRooms.PRESENCE_TIMEOUT);

        live.excuseLostPings(outageFrom, graceUntil);
        live.tick(graceUntil.minusSeconds(1));
        assertEquals(List.of(ada.id()), live.participants().stream().map(Participant::id).toList());
        live.tick(graceUntil);

        assertEquals(LeaveReason.TIMEOUT, leftEvent(live, ada).reason());
    }

    @Test
    void a_session_that_stopped_pinging_before_the_outage_is_not_excused() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant bob = people.join(live, "bob", Role.PARTICIPANT);
        live.ping(bob.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);

        live.excuseLostPings(NOW.plusSeconds(40), NOW.plusSeconds(100));
        live.tick(NOW.plusSeconds(60));

        assertEquals(List.of(bob.id()), live.participants().stream().map(Participant::id).toList());
        assertEquals(LeaveReason.TIMEOUT, leftEvent(live, ada).reason());
        assertEquals(NOW.plusSeconds(100), live.participants().get(0).presenceDeadline());
    }

    @Test
    void a_tick_lets_nobody_in_who_it_reaps() {
        LiveRoom live = people.open(RoomDrafts.group().participants(1).lobby(false, true).build());
        Participant par = people.join(live, "par", Role.PARTICIPANT);
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant mod = people.join(live, "mod", Role.MODERATOR);
        assertEquals(ParticipantState.WAITING, stateOf(live, ada));
        live.ping(mod.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);

        live.tick(NOW.plusSeconds(30));

        assertEquals(List.of(mod.id()), live.participants().stream().map(Participant::id).toList());
        assertTrue(events(live, RoomEvent.ParticipantAdmitted.class).stream()
                .noneMatch(event -> event.participant().id().equals(ada.id())), "a reaped session is not admitted first");
        assertEquals(LeaveReason.TIMEOUT, leftEvent(live, par).reason());
        assertEquals(LeaveReason.TIMEOUT, leftEvent(live, ada).reason());
    }

    @Test
    void a_tick_that_reaps_somebody_admitted_lets_in_who_waited_for_the_place() {
        LiveRoom live = people.open(RoomDrafts.group().participants(1).lobby(false, true).build());
        people.join(live, "par", Role.PARTICIPANT);
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant mod = people.join(live, "mod", Role.MODERATOR);
        live.ping(mod.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);
        live.ping(ada.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);

        live.tick(NOW.plusSeconds(30));

        assertEquals(ParticipantState.ADMITTED, stateOf(live, ada));
        assertEquals(NOW.plusSeconds(30), live.clocks().countChangedAt());
    }

    @Test
    void a_room_past_its_expiry_ends_and_everybody_leaves_expired() {
        Instant expires = NOW.plus(Duration.ofHours(1));
        LiveRoom live = people.open(RoomDrafts.group().window(null, expires).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        keepAlive(live, expires.minusSeconds(1));

        live.tick(expires);

        assertEquals(RoomStatus.ENDED, live.room().status());
        assertEquals(LeaveReason.EXPIRED, leftEvent(live, ada).reason());
        assertEquals(List.of(new RoomEnded(CloseReason.EXPIRED)), events(live, RoomEnded.class));
        assertNull(live.nextDeadline(expires));
    }

    @Test
    void a_meeting_ends_at_its_end() {
        Instant start = NOW.plus(Duration.ofMinutes(10));
        LiveRoom live = people.open(RoomDrafts.scheduled(start, Duration.ofMinutes(30)).build());
        Participant mod = people.join(live, "mod", Role.MODERATOR);
        Instant end = start.plus(Duration.ofMinutes(30));
        keepAlive(live, end.minusSeconds(1));

        live.tick(end);

        assertEquals(RoomStatus.ENDED, live.room().status());
        assertEquals(LeaveReason.EXPIRED, leftEvent(live, mod).reason());
        assertEquals(List.of(new RoomEnded(CloseReason.EXPIRED)), events(live, RoomEnded.class));
    }

    @Test
    void an_adhoc_room_nobody_used_ends_after_the_unused_timeout() {
        LiveRoom live = people.open(RoomDrafts.adhoc().build());
        assertEquals(NOW.plusSeconds(300), live.nextDeadline(NOW));

        live.tick(NOW.plusSeconds(299));
        assertEquals(List.of(), live.recordedEvents());
        live.tick(NOW.plusSeconds(300));

        assertEquals(RoomStatus.ENDED, live.room().status());
        assertEquals(List.of(new RoomEnded(CloseReason.UNUSED)), events(live, RoomEnded.class));
    }

    @Test
    void a_permanent_room_nobody_is_in_has_no_deadline() {
        LiveRoom live = people.open(RoomDrafts.group().build());

        assertNull(live.nextDeadline(NOW));
        live.tick(NOW.plus(Duration.ofDays(30)));
        assertEquals(List.of(), live.recordedEvents());
    }

    @Test
    void a_lobby_nobody_admitted_from_is_cleared_after_the_unused_timeout() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        keepAlive(live, NOW.plusSeconds(290));

        live.tick(NOW.plusSeconds(300));

        assertEquals(List.of(), live.participants());
        assertEquals(LeaveReason.SESSION_CLOSED, leftEvent(live, ada).reason());
        assertEquals(List.of(new SessionClosed(CloseReason.UNUSED)), events(live, SessionClosed.class));
        assertEquals(RoomStatus.OPEN, live.room().status());
    }

    @Test
    void a_reusable_room_left_empty_is_open_again_after_the_empty_timeout() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        live.leave(ada.id(), NOW.plusSeconds(10));
        assertEquals(NOW.plusSeconds(70), live.nextDeadline(NOW.plusSeconds(10)));

        live.tick(NOW.plusSeconds(69));
        assertEquals(RoomStatus.ACTIVE, live.room().status());
        live.tick(NOW.plusSeconds(70));

        assertEquals(RoomStatus.OPEN, live.room().status());
        assertEquals(List.of(new SessionClosed(CloseReason.EMPTY)), events(live, SessionClosed.class));
        assertNull(live.clocks().activatedAt());
        assertNull(live.nextDeadline(NOW.plusSeconds(70)));
    }

    @Test
    void an_adhoc_room_ends_once_the_last_one_left_and_the_empty_timeout_ran_out() {
        LiveRoom live = people.open(RoomDrafts.adhoc().lifetime(new LifetimeDraft(null, 0, null, null)).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        live.leave(ada.id(), NOW.plusSeconds(10));

        live.tick(NOW.plusSeconds(10));

        assertEquals(RoomStatus.ENDED, live.room().status());
        assertEquals(List.of(new RoomEnded(CloseReason.EMPTY)), events(live, RoomEnded.class));
    }

    @Test
    void one_person_left_alone_for_the_solo_timeout_closes_the_session() {
        LiveRoom live = people.open(RoomDrafts.group().lifetime(new LifetimeDraft(null, null, 120, null)).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant bob = people.join(live, "bob", Role.PARTICIPANT);
        live.leave(bob.id(), NOW.plusSeconds(10));
        for (int s = 30; s < 130; s += 20) {
            keepAlive(live, NOW.plusSeconds(s));
            live.tick(NOW.plusSeconds(s));
        }
        assertEquals(RoomStatus.ACTIVE, live.room().status());

        live.tick(NOW.plusSeconds(130));

        assertEquals(List.of(new SessionClosed(CloseReason.SOLO)), events(live, SessionClosed.class));
        assertEquals(LeaveReason.SESSION_CLOSED, leftEvent(live, ada).reason());
    }

    @Test
    void a_session_closes_after_its_maximum_duration() {
        LiveRoom live = people.open(RoomDrafts.group().lifetime(new LifetimeDraft(null, null, null, 1)).build());
        people.join(live, "ada", Role.PARTICIPANT);
        people.join(live, "bob", Role.PARTICIPANT);
        keepAlive(live, NOW.plusSeconds(59));

        live.tick(NOW.plusSeconds(60));

        assertEquals(List.of(new SessionClosed(CloseReason.MAX_DURATION)), events(live, SessionClosed.class));
        assertEquals(List.of(), live.participants());
        assertEquals(RoomStatus.OPEN, live.room().status());
    }

    @Test
    void a_tick_with_nothing_due_records_and_changes_nothing() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        people.join(live, "ada", Role.PARTICIPANT);
        int recorded = live.recordedEvents().size();
        SessionClocks clocks = live.clocks();
        List<Participant> before = live.participants();

        live.tick(NOW.plusSeconds(5));
        live.tick(NOW.plusSeconds(5));

        assertEquals(recorded, live.recordedEvents().size());
        assertEquals(clocks, live.clocks());
        assertEquals(before, live.participants());
    }

    @Test
    void after_a_tick_the_next_deadline_is_later_than_the_tick() {
        LiveRoom live = people.open(RoomDrafts.adhoc().lifetime(new LifetimeDraft(null, 0, 60, 2)).build());
        people.join(live, "ada", Role.PARTICIPANT);
        Instant now = NOW;
        for (int i = 0; i < 20 && live.nextDeadline(now) != null; i++) {
            now = live.nextDeadline(now);
            live.tick(now);
            Instant next = live.nextDeadline(now);
            assertTrue(next == null || next.isAfter(now), next + " after a tick at " + now);
        }
        assertEquals(RoomStatus.ENDED, live.room().status());
    }
}
