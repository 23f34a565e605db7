package dev.atrium.application.service;

import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The in-memory outbox answers a room's history as the stored one does (EventOutboxContract in adapter-persistence). */
class RoomHistoryTest {
    private final LiveServices live = new LiveServices();

    @Test
    void a_rooms_history_after_a_sequence_comes_in_order_published_or_not_and_only_its_own() {
        Room room = live.room();
        Room other = live.room();
        live.enter(room, "ada", Role.PARTICIPANT);
        live.enter(other, "bob", Role.PARTICIPANT);
        live.relay.relayEvents(100);
        live.enter(room, "cyd", Role.PARTICIPANT);

        assertEquals(List.of(1L, 2L, 3L), sequences(live.rooms.outbox.recordedAfter(room.id(), 0, 100)));
        assertEquals(List.of(2L, 3L), sequences(live.rooms.outbox.recordedAfter(room.id(), 1, 100)));
        assertEquals(List.of(2L), sequences(live.rooms.outbox.recordedAfter(room.id(), 1, 1)));
        assertEquals(List.of(), live.rooms.outbox.recordedAfter(room.id(), 3, 100), "nothing after the last");
        live.rooms.outbox.recordedAfter(room.id(), 0, 100)
                .forEach(event -> assertEquals(room.id(), event.roomId()));
        assertThrows(IllegalArgumentException.class, () -> live.rooms.outbox.recordedAfter(room.id(), 0, 0));
    }

    private static List<Long> sequences(List<RecordedEvent> events) {
        return events.stream().map(RecordedEvent::sequence).toList();
    }
}
