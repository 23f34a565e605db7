package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ArrivalOrderTest {
    private final LiveRooms people = LiveRooms.at(NOW);

    @Test
    void a_reloaded_lobby_keeps_the_order_people_came_in_even_when_their_ids_sort_the_other_way() {
        LiveRoom room = people.open(RoomDrafts.group().access(new AccessDraft(true, null, null, null)).build());
        ParticipantId smallerId = people.nextId();
        ParticipantId largerId = people.nextId();
        Participant first = knocking(largerId, "first", 0);
        Participant second = knocking(smallerId, "second", 1);

        LiveRoom reloaded = LiveRoom.reconstitute(room.room(), room.clocks(), List.of(second, first), Set.of());

        assertEquals(List.of(first.id(), second.id()), reloaded.lobby().stream().map(Participant::id).toList());
    }

    @Test
    void a_loaded_room_tells_who_arrived_since_and_whether_its_status_moved() {
        LiveRoom room = people.open(RoomDrafts.group().access(new AccessDraft(true, null, null, null)).build());
        Participant waiting = knocking(people.nextId(), "first", 0);
        LiveRoom loaded = LiveRoom.reconstitute(room.room(), room.clocks(), List.of(waiting), Set.of());

        Participant moderator = people.join(loaded, "mod", Role.MODERATOR);
        loaded.admit(Actor.service(), waiting.id(), NOW);

        LiveRoomChangeSet changes = loaded.changesSinceLoaded();
        assertEquals(List.of(moderator.id()), changes.arrived().stream().map(Participant::id).toList());
        assertEquals(List.of(waiting.id()), changes.changed().stream().map(Participant::id).toList());
        assertEquals(true, changes.roomChanged(), "the first admission activated the room");
    }

    private static Participant knocking(ParticipantId id, String userRef, long microsLater) {
        return Participant.arriving(id, new UserRef(userRef), userRef, Role.PARTICIPANT, Map.of(), ParticipantState.KNOCKING,
                NOW.plusNanos(microsLater * 1_000), LiveRooms.PRESENCE_TIMEOUT, true);
    }
}
