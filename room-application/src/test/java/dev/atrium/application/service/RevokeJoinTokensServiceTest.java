package dev.atrium.application.service;

import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevokeJoinTokensServiceTest {
    private final AccessServices services = new AccessServices();
    private final Room room = services.rooms.createRoom(RoomDraft.empty());
    private final RoomLocator locator = RoomServices.locator(room);

    @ParameterizedTest(name = "jti \"{0}\"")
    @ValueSource(strings = {"", "nope", "jt_", "rm_01JH8W1Q5Z0000000000000000"})
    void a_malformed_jti_names_no_token(String jti) {
        assertFails(ErrorCode.TOKEN_NOT_FOUND, () -> services.revoke.revokeToken(locator, jti));
    }

    @Test
    void revoking_a_token_twice_is_harmless() {
        IssuedToken issued = services.issueFor(room, "user-1");

        services.revoke.revokeToken(locator, issued.grant().jti().value());
        services.revoke.revokeToken(locator, issued.grant().jti().value());

        assertTrue(services.ledger.isRevoked(issued.grant()));
    }

    @Test
    void a_token_revoked_through_another_room_stays_valid() {
        IssuedToken issued = services.issueFor(room, "user-1");
        Room other = services.rooms.createRoomLater(Rooms.TENANT, RoomDraft.empty());

        services.revoke.revokeToken(RoomServices.locator(other), issued.grant().jti().value());

        assertEquals(Optional.of(issued.grant()), services.verify.verify(issued.token()));
    }

    @ParameterizedTest(name = "userRef \"{0}\"")
    @ValueSource(strings = {"", " user", "us\ner"})
    void revoking_the_tokens_of_a_malformed_user_ref_is_refused(String userRef) {
        assertViolations(() -> services.revoke.revokeAllOf(locator, userRef), violation("userRef", INVALID_FORMAT));
    }

    @Test
    void tokens_are_revoked_only_in_rooms_of_the_tenant() {
        RoomLocator foreign = new RoomLocator(Rooms.OTHER_TENANT, room.id().value());
        String jti = services.issueFor(room, "user-1").grant().jti().value();

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.revoke.revokeToken(foreign, jti));
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.revoke.revokeAllOf(foreign, "user-1"));
    }
}
