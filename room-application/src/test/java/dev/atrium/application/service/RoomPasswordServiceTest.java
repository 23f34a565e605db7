package dev.atrium.application.service;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.fixtures.MemberDrafts;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomPasswordServiceTest {
    private final AccessServices services = new AccessServices();
    private final Room room = services.rooms.createRoom(RoomDrafts.ofType("PUBLIC").build());
    private final RoomLocator locator = RoomServices.locator(room);

    private String storedHash() {
        return services.roomPasswords.find(room.id()).orElseThrow();
    }

    @Test
    void a_password_is_stored_hashed_never_in_clear() {
        services.roomPassword.setPassword(locator, "open sesame");

        assertFalse(storedHash().contains("open sesame"));
        assertTrue(services.hasher.matches("open sesame", storedHash()));
        assertFalse(services.hasher.matches("open sesame ", storedHash()));
    }

    @Test
    void a_new_password_replaces_the_old_one() {
        services.roomPassword.setPassword(locator, "first one");
        String first = storedHash();

        services.roomPassword.setPassword(locator, "second one");

        assertNotEquals(first, storedHash());
        assertTrue(services.hasher.matches("second one", storedHash()));
        assertFalse(services.hasher.matches("first one", storedHash()));
    }

    @Test
    void a_removed_password_is_gone_and_removing_again_is_harmless() {
        services.roomPassword.setPassword(locator, "open sesame");

        services.roomPassword.removePassword(locator);
        services.roomPassword.removePassword(locator);

        assertEquals(Optional.empty(), services.roomPasswords.find(room.id()));
    }

    @Test
    void a_group_room_has_no_password() {
        assertNoPasswordFor(services.rooms.createRoomLater(Rooms.TENANT, RoomDrafts.group().build(), List.of()));
    }

    @Test
    void a_one_to_one_room_has_no_password() {
        assertNoPasswordFor(services.rooms.createRoomLater(Rooms.TENANT, RoomDrafts.ofType("ONE_TO_ONE").build(),
                MemberDrafts.pair("alice", "bob")));
    }

    private void assertNoPasswordFor(Room other) {
        RoomLocator at = RoomServices.locator(other);

        assertEquals(ErrorKind.FORBIDDEN,
                assertFails(ErrorCode.PASSWORD_NOT_SUPPORTED, () -> services.roomPassword.setPassword(at, "open sesame")).kind());
        assertFails(ErrorCode.PASSWORD_NOT_SUPPORTED, () -> services.roomPassword.removePassword(at));
        assertEquals(Optional.empty(), services.roomPasswords.find(other.id()));
    }

    @Test
    void a_group_room_admitting_guests_has_no_password_either() {
        Room other = services.rooms.createRoomLater(Rooms.TENANT, RoomDrafts.group().guestsAllowed(true).build());

        assertFails(ErrorCode.PASSWORD_NOT_SUPPORTED,
                () -> services.roomPassword.setPassword(RoomServices.locator(other), "open sesame"));
    }

    @Test
    void an_invalid_password_is_refused_and_nothing_is_stored() {
        assertViolations(() -> services.roomPassword.setPassword(locator, "abc"), violation("password", TOO_SHORT));
        assertViolations(() -> services.roomPassword.setPassword(locator, null), violation("password", REQUIRED));
        assertEquals(Optional.empty(), services.roomPasswords.find(room.id()));
    }

    @Test
    void an_ended_room_gets_no_new_password() {
        services.rooms.end.endRoom(locator);

        assertFails(ErrorCode.ROOM_ENDED, () -> services.roomPassword.setPassword(locator, "open sesame"));
    }

    @Test
    void another_tenants_room_is_not_found() {
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.roomPassword.setPassword(
                new RoomLocator(Rooms.OTHER_TENANT, room.id().value()), "open sesame"));
    }
}
