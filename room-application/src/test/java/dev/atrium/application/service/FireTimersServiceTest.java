package dev.atrium.application.service;

import dev.atrium.application.port.in.ParticipantSession;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import dev.atrium.domain.room.RoomStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FireTimersServiceTest {
    private final LiveServices live = new LiveServices();

    @Test
    void an_empty_room_closes_its_session_once_its_empty_timeout_passed() {
        Room room = live.room(RoomDrafts.group().lifetime(new LifetimeDraft(null, 120, null, null)).build());
        ParticipantSession ada = live.enter(room, "ada", Role.PARTICIPANT);
        live.sessions.leave(live.sessionOf(ada));

        live.rooms.clock.advance(Duration.ofSeconds(119));
        assertEquals(0, live.timers.fireDueTimers(10));
        assertEquals(RoomStatus.ACTIVE, live.rooms.stored(room).status());

        live.rooms.clock.advance(Duration.ofSeconds(1));
        assertEquals(1, live.timers.fireDueTimers(10));
        assertEquals(RoomStatus.OPEN, live.rooms.stored(room).status());
        assertEquals("SessionClosed", live.eventTypes().get(live.eventTypes().size() - 1));
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
