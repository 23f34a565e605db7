package dev.atrium.application.service;

import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.out.StoreUnavailableException;
import dev.atrium.domain.live.LeaveReason;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import dev.atrium.domain.room.RoomStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FireTimersServiceTest {
    private final LiveServices live = new LiveServices();

    @Test
    void an_empty_room_closes_its_session_once_its_empty_timeout_passed() {
        Room room = live.room(RoomDrafts.group().lifetime(new LifetimeDraft(null, 120, null, null)).build());
        ParticipantSession ada = live.enter(room, "ada", Role.PARTICIPANT);
        live.sessions.leave(live.inOwnRoom(ada));

        live.rooms.clock.advance(Duration.ofSeconds(119));
        assertEquals(0, live.timers.fireDueTimers(10));
        assertEquals(RoomStatus.ACTIVE, live.rooms.stored(room).status());

        live.rooms.clock.advance(Duration.ofSeconds(1));
        assertEquals(1, live.timers.fireDueTimers(10));
        assertEquals(RoomStatus.OPEN, live.rooms.stored(room).status());
        assertEquals("SessionClosed", live.eventTypes().get(live.eventTypes().size() - 1));
    }

    @Test
    void pings_lost_while_the_store_was_away_reap_nobody_until_a_presence_timeout_after_it_came_back() {
        Room room = live.room();
        live.enter(room, "ada", Role.PARTICIPANT);
        live.rooms.clock.advance(Duration.ofSeconds(10));
        live.timers.fireDueTimers(10);
        live.rooms.liveRooms.reachable(false);
        for (int second = 0; second < 45; second++) {
            live.rooms.clock.advance(Duration.ofSeconds(1));
            assertThrows(StoreUnavailableException.class, () -> live.timers.fireDueTimers(10));
        }
        live.rooms.liveRooms.reachable(true);
        Instant back = live.rooms.clock.instant();

        live.timers.fireDueTimers(10);
        assertEquals(Optional.of(back.plus(LiveServices.PRESENCE)), live.rooms.liveRooms.nextDeadline(room.id()));
        live.rooms.clock.advance(LiveServices.PRESENCE.minusSeconds(1));
        live.timers.fireDueTimers(10);
        assertFalse(live.eventTypes().contains("ParticipantLeft"), "ada's pings were lost in the outage");

        live.rooms.clock.advance(Duration.ofSeconds(1));
        assertEquals(1, live.timers.fireDueTimers(10));
        assertTrue(live.rooms.outbox.all().stream().anyMatch(event ->
                event.event() instanceof ParticipantLeft left && left.reason() == LeaveReason.TIMEOUT));
    }

    @Test
    void a_timer_fires_once_however_often_the_poller_comes() {
        Room room = live.room(RoomDrafts.adhoc().lifetime(new LifetimeDraft(60, null, null, null)).build());
        live.rooms.clock.advance(Duration.ofSeconds(60));

        live.timers.fireDueTimers(10);
        live.timers.fireDueTimers(10);

        assertEquals(RoomStatus.ENDED, live.rooms.stored(room).status());
        assertEquals(1, live.eventTypes().stream().filter("RoomEnded"::equals).count());
        assertEquals(0, live.timers.fireDueTimers(10));
    }
}
