package dev.atrium.application.service;

import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelayEventsServiceTest {
    private final LiveServices live = new LiveServices();
    private final Room room = live.room();

    @Test
    void events_go_out_in_their_room_order_and_only_once() {
        live.enter(room, "ada", Role.PARTICIPANT);
        live.enter(room, "bob", Role.PARTICIPANT);

        assertEquals(3, live.relay.relayEvents(100));
        assertEquals(0, live.relay.relayEvents(100));

        assertEquals(List.of(1L, 2L, 3L), live.publisher.published().stream().map(RecordedEvent::sequence).toList());
    }

    @Test
    void a_failure_while_publishing_leaves_the_batch_for_the_next_relay() {
        live.enter(room, "ada", Role.PARTICIPANT);
        live.enter(room, "bob", Role.PARTICIPANT);
        live.publisher.failAfter(1);

        assertThrows(IllegalStateException.class, () -> live.relay.relayEvents(100));
        assertEquals(3, live.rooms.outbox.unpublished().size());

        live.publisher.heal();
        assertEquals(3, live.relay.relayEvents(100));
        List<String> ids = live.publisher.published().stream().map(RecordedEvent::id).toList();
        assertEquals(List.of(room.id() + ":1", room.id() + ":1", room.id() + ":2", room.id() + ":3"), ids,
                "at least once: the event that went out before the failure goes out again, with its id");
        assertTrue(live.rooms.outbox.unpublished().isEmpty());
    }
}
