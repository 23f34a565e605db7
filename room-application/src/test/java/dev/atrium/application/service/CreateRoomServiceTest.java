package dev.atrium.application.service;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateRoomServiceTest {
    private final RoomServices services = new RoomServices();

    @Test
    void a_created_room_is_stored_open_at_version_zero() {
        Room room = services.createRoom(RoomDrafts.everyFieldSet().build());

        Room stored = services.stored(room);
        assertEquals(room.toDraft(), stored.toDraft());
        assertEquals(RoomStatus.OPEN, stored.status());
        assertEquals(0, stored.version());
        assertEquals(Rooms.NOW, stored.createdAt());
        assertEquals(Rooms.TENANT, stored.tenantId());
    }

    @Test
    void an_invalid_draft_stores_nothing_and_names_every_mistake() {
        RoomDraft draft = RoomDrafts.group().name("n".repeat(201)).maxActiveTalkers(0).build();

        assertViolations(() -> services.createRoom(draft),
                violation("name", TOO_LONG), violation("media.maxActiveTalkers", OUT_OF_RANGE));
        assertEquals(0, services.store.size());
    }

    @Test
    void an_external_id_is_unique_within_a_tenant() {
        services.createRoom(RoomDrafts.group().externalId("standup").build());

        assertFails(ErrorCode.EXTERNAL_ID_TAKEN, () -> services.createRoom(RoomDrafts.group().externalId("standup").build()));
        assertEquals(1, services.store.size());
    }

    @Test
    void another_tenant_may_use_the_same_external_id() {
        services.createRoom(RoomDrafts.group().externalId("standup").build());

        Room other = services.createRoom(Rooms.OTHER_TENANT, RoomDrafts.group().externalId("standup").build());

        assertEquals("standup", services.stored(other).settings().externalId().value());
    }

    @Test
    void rooms_created_later_have_larger_ids() {
        Room first = services.createRoom(RoomDraft.empty());
        Room second = services.createRoomLater(Rooms.TENANT, RoomDraft.empty());

        assertTrue(first.id().value().compareTo(second.id().value()) < 0);
    }
}
