package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.role.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What storage is told to write after a change: the difference from the room as it was loaded. */
class LiveRoomChangeSetTest {
    private final LiveRooms people = LiveRooms.at(NOW);

    @Test
    void changed_and_departed_participants_are_what_persistence_saves() {
        LiveRoom opened = people.open(RoomDrafts.group().build());
        Participant ada = people.join(opened, "ada", Role.PARTICIPANT);
        Participant bobArrived = people.join(opened, "bob", Role.PARTICIPANT);
        LiveRoom live = LiveRooms.reloaded(opened, List.of());
        Participant carl = people.join(live, "carl", Role.PARTICIPANT);

        live.leave(ada.id(), NOW);
        Participant bob = live.ping(bobArrived.id(), NOW.plusSeconds(1), LiveRooms.PRESENCE_TIMEOUT);

        assertEquals(new LiveRoomChangeSet(List.of(carl), List.of(bob), Set.of(ada.id()), Set.of(), false),
                live.changesSinceLoaded());
    }

    @Test
    void somebody_who_came_and_went_within_one_change_is_neither_written_nor_deleted() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);

        live.leave(ada.id(), NOW);

        assertEquals(new LiveRoomChangeSet(List.of(), List.of(), Set.of(), Set.of(), true), live.changesSinceLoaded());
    }

    @Test
    void somebody_changed_and_changed_back_within_one_change_is_not_written() {
        LiveRoom opened = people.open(RoomDrafts.group().build());
        Participant ada = people.join(opened, "ada", Role.PARTICIPANT);
        LiveRoom live = LiveRooms.reloaded(opened, List.of());

        live.raiseHand(ada.id(), true, NOW);
        live.raiseHand(ada.id(), false, NOW);

        assertEquals(new LiveRoomChangeSet(List.of(), List.of(), Set.of(), Set.of(), false), live.changesSinceLoaded());
    }

    @Test
    void a_ban_is_new_only_in_the_change_that_made_it() {
        LiveRoom opened = people.open(RoomDrafts.group().build());
        Participant ada = people.join(opened, "ada", Role.PARTICIPANT);
        LiveRoom live = LiveRooms.reloaded(opened, List.of());

        live.remove(Actor.service(), ada.id(), true, NOW);

        assertEquals(new LiveRoomChangeSet(List.of(), List.of(), Set.of(ada.id()), Set.of(ada.userRef()), false),
                live.changesSinceLoaded());
        assertEquals(Set.of(), LiveRooms.reloaded(live, List.of(ada.userRef())).changesSinceLoaded().newBans());
    }

    @Test
    void revised_settings_are_a_change_of_the_room() {
        LiveRoom live = LiveRooms.reloaded(people.open(RoomDrafts.group().build()), List.of());

        live.revise(RoomDrafts.from(live.room().toDraft()).name("Renamed").build(), NOW, new Random(1));

        assertEquals(new LiveRoomChangeSet(List.of(), List.of(), Set.of(), Set.of(), true), live.changesSinceLoaded());
    }

    @Test
    void a_touch_in_the_clock_tick_of_the_last_change_is_still_a_change_of_the_room() {
        LiveRoom live = LiveRooms.reloaded(people.open(RoomDrafts.group().build()), List.of());

        live.touch(live.room().updatedAt());

        assertTrue(live.changesSinceLoaded().roomChanged());
    }
}
