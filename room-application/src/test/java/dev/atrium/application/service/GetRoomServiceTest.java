package dev.atrium.application.service;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GetRoomServiceTest {
    private final RoomServices services = new RoomServices();
    private final Room room = services.createRoom(RoomDrafts.group().externalId("crm:deal-4711").build());

    @Test
    void a_room_is_found_by_its_id() {
        assertEquals(room.id(), services.get.getRoom(new RoomLocator(Rooms.TENANT, room.id().value())).id());
    }

    @Test
    void a_room_is_found_by_its_external_id() {
        assertEquals(room.id(), services.get.getRoom(new RoomLocator(Rooms.TENANT, "crm:deal-4711")).id());
    }

    @Test
    void an_unknown_id_is_not_found() {
        String unknown = RoomId.next(Rooms.NOW, new SplittableRandom(99)).value();

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.get.getRoom(new RoomLocator(Rooms.TENANT, unknown)));
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.get.getRoom(new RoomLocator(Rooms.TENANT, "crm:deal-0000")));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "has space", "../etc/passwd", "percent%20"})
    void text_that_cannot_name_a_room_is_simply_not_found(String text) {
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.get.getRoom(new RoomLocator(Rooms.TENANT, text)));
    }

    @Test
    void text_longer_than_any_external_id_is_simply_not_found() {
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.get.getRoom(new RoomLocator(Rooms.TENANT, "x".repeat(129))));
    }

    @Test
    void another_tenants_room_is_not_found_by_id_or_external_id() {
        assertFails(ErrorCode.ROOM_NOT_FOUND,
                () -> services.get.getRoom(new RoomLocator(Rooms.OTHER_TENANT, room.id().value())));
        assertFails(ErrorCode.ROOM_NOT_FOUND,
                () -> services.get.getRoom(new RoomLocator(Rooms.OTHER_TENANT, "crm:deal-4711")));
    }

    @Test
    void a_tenant_sees_its_own_room_when_another_uses_the_same_external_id() {
        Room theirs = services.createRoom(Rooms.OTHER_TENANT, RoomDrafts.group().externalId("crm:deal-4711").build());

        assertEquals(room.id(), services.get.getRoom(new RoomLocator(Rooms.TENANT, "crm:deal-4711")).id());
        assertEquals(theirs.id(), services.get.getRoom(new RoomLocator(Rooms.OTHER_TENANT, "crm:deal-4711")).id());
    }

    @Test
    void a_loaded_room_is_a_copy_that_does_not_change_the_store() {
        Room loaded = services.stored(room);

        loaded.end(Rooms.NOW);

        assertEquals(room.status(), services.stored(room).status());
    }
}
