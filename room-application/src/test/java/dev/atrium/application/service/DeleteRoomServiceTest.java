package dev.atrium.application.service;

import dev.atrium.application.port.in.room.UpdateRoomCommand;
import dev.atrium.application.port.in.room.DeleteRoomCommand;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DeleteRoomServiceTest {
    private final RoomServices services = new RoomServices();
    private final Room room = services.createRoom(RoomDrafts.group().externalId("to-delete").build());

    private void delete(Room target, OptionalLong expectedVersion) {
        services.delete.deleteRoom(new DeleteRoomCommand(RoomServices.locator(target), expectedVersion));
    }

    @Test
    void a_deleted_room_is_gone() {
        delete(room, OptionalLong.empty());

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.stored(room));
        assertEquals(0, services.store.size());
    }

    @Test
    void a_deleted_rooms_external_id_is_free_again() {
        delete(room, OptionalLong.empty());

        Room successor = services.createRoom(RoomDrafts.group().externalId("to-delete").build());

        assertEquals(successor.id(), services.get.getRoom(new RoomLocator(Rooms.TENANT, "to-delete")).id());
    }

    @Test
    void an_active_room_cannot_be_deleted() {
        Room active = services.storeActiveRoom(RoomDraft.empty());

        assertFails(ErrorCode.ROOM_ACTIVE, () -> delete(active, OptionalLong.empty()));

        assertEquals(active.id(), services.stored(active).id());
    }

    @Test
    void an_ended_room_can_be_deleted() {
        services.end.endRoom(RoomServices.locator(room));

        delete(room, OptionalLong.of(1));

        assertEquals(0, services.store.size());
    }

    @Test
    void a_delete_at_the_expected_version_succeeds() {
        delete(room, OptionalLong.of(0));

        assertEquals(0, services.store.size());
    }

    @Test
    void a_delete_based_on_a_stale_version_is_refused() {
        services.end.endRoom(RoomServices.locator(room));

        assertFails(ErrorCode.VERSION_MISMATCH, () -> delete(room, OptionalLong.of(0)));

        assertEquals(1, services.store.size());
    }

    @Test
    void a_delete_with_a_version_refuses_a_rivals_newer_version_and_keeps_the_rivals_change() {
        // Deleting holds the room's lock, so a rival's write comes wholly before it (or after, finding no room).
        services.update.updateRoom(new UpdateRoomCommand(RoomServices.locator(room), OptionalLong.empty(),
                draft -> RoomDrafts.from(draft).description("rival").build()));

        assertFails(ErrorCode.VERSION_MISMATCH, () -> delete(room, OptionalLong.of(0)));

        assertEquals("rival", services.stored(room).settings().description());
    }

    @Test
    void another_tenants_room_is_not_found_and_stays() {
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.delete.deleteRoom(new DeleteRoomCommand(
                new RoomLocator(Rooms.OTHER_TENANT, room.id().value()), OptionalLong.empty())));

        assertEquals(1, services.store.size());
    }
}
