package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The per-room event sequence ({@link EventLog}), through the root. */
class EventLogTest {
    private final LiveRooms people = LiveRooms.at(NOW);

    @Test
    void events_are_numbered_one_two_three_in_a_new_room() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        people.join(live, "ada", Role.PARTICIPANT);
        people.join(live, "bob", Role.PARTICIPANT);

        assertEquals(List.of(1L, 2L, 3L), live.recordedEvents().stream().map(RecordedEvent::sequence).toList());
        RecordedEvent first = live.recordedEvents().get(0);
        assertEquals(live.room().id().value() + ":1", first.id());
        assertEquals(live.room().tenantId(), first.tenantId());
        assertEquals(NOW, first.occurredAt());
    }

    @Test
    void numbering_continues_from_the_stored_last_sequence() {
        Room room = people.open(RoomDrafts.group().build()).room();
        LiveRoom live = LiveRoom.reconstitute(room, new SessionClocks(null, NOW, NOW, 41),
                List.of(), Set.of());

        people.join(live, "ada", Role.PARTICIPANT);

        assertEquals(List.of(42L, 43L), live.recordedEvents().stream().map(RecordedEvent::sequence).toList());
        assertEquals(43L, live.clocks().lastSequence());
    }

    @Test
    void a_reloaded_room_lists_its_people_in_the_order_they_came_and_records_afresh() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant bob = people.join(live, "bob", Role.PARTICIPANT);

        LiveRoom reloaded = LiveRooms.reloaded(live, List.of());

        assertEquals(List.of(ada.id(), bob.id()), reloaded.lobby().stream().map(Participant::id).toList());
        assertEquals(List.of(), reloaded.recordedEvents());
        assertEquals(new LiveRoomChangeSet(List.of(), List.of(), Set.of(), Set.of(), false), reloaded.changesSinceLoaded());
    }
}
