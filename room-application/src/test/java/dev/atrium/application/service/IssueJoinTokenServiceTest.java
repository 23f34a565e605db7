package dev.atrium.application.service;

import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.JoinTokenRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class IssueJoinTokenServiceTest {
    private final AccessServices services = new AccessServices();

    @Test
    void a_token_carries_the_grant_for_the_room_and_is_signed_with_the_tenants_current_key() {
        Room room = services.rooms.createRoom(RoomDraft.empty());
        JoinTokenRequest request = JoinTokenRequest.parse("Ada", "MODERATOR", "user-1", Map.of("seat", "12"), 600);

        IssuedToken issued = services.issue.issueJoinToken(RoomServices.locator(room), request);

        JoinGrant grant = issued.grant();
        assertAll(
                () -> assertEquals(room.tenantId(), grant.tenantId()),
                () -> assertEquals(room.id(), grant.roomId()),
                () -> assertEquals(new UserRef("user-1"), grant.subject()),
                () -> assertEquals(Role.MODERATOR, grant.role()),
                () -> assertEquals(Map.of("seat", "12"), grant.metadata()),
                () -> assertEquals(Rooms.NOW, grant.issuedAt()),
                () -> assertEquals(Rooms.NOW.plusSeconds(600), grant.expiresAt()),
                () -> assertEquals(Rooms.NOW, grant.jti().issuedAt()),
                () -> assertEquals(services.signingKeys.currentKey(Rooms.TENANT).kid(),
                        services.codec.keyIdOf(issued.token()).orElseThrow()),
                () -> assertEquals(Optional.of(grant),
                        services.codec.decode(issued.token(), services.signingKeys.currentKey(Rooms.TENANT), AccessServices.ISSUER)));
    }

    @Test
    void the_first_token_of_a_tenant_creates_its_key_and_later_tokens_reuse_it() {
        Room room = services.rooms.createRoom(RoomDraft.empty());

        String first = services.codec.keyIdOf(services.issueFor(room, "a").token()).orElseThrow();
        services.rooms.clock.advance(Duration.ofMinutes(5));
        String later = services.codec.keyIdOf(services.issueFor(room, "b").token()).orElseThrow();

        assertEquals(first, later);
        assertEquals(1, services.keyStore.countOf(Rooms.TENANT));
    }

    @Test
    void each_token_has_its_own_jti() {
        Room room = services.rooms.createRoom(RoomDraft.empty());

        assertNotEquals(services.issueFor(room, "a").grant().jti(), services.issueFor(room, "a").grant().jti());
    }

    @Test
    void a_room_can_be_named_by_its_external_id() {
        Room room = services.rooms.createRoom(RoomDrafts.group().externalId("standup").build());

        IssuedToken issued = services.issue.issueJoinToken(new RoomLocator(Rooms.TENANT, "standup"),
                JoinTokenRequest.parse("Ada", "VIEWER", "user-1", null, null));

        assertEquals(room.id(), issued.grant().roomId());
    }

    @Test
    void no_token_for_a_room_of_another_tenant() {
        Room room = services.rooms.createRoom(RoomDraft.empty());
        JoinTokenRequest request = JoinTokenRequest.parse("Ada", "VIEWER", "user-1", null, null);

        assertFails(ErrorCode.ROOM_NOT_FOUND,
                () -> services.issue.issueJoinToken(new RoomLocator(Rooms.OTHER_TENANT, room.id().value()), request));
    }

    @Test
    void no_token_for_an_ended_room() {
        Room room = services.rooms.createRoom(RoomDraft.empty());
        services.rooms.end.endRoom(RoomServices.locator(room));

        assertFails(ErrorCode.ROOM_ENDED, () -> services.issueFor(room, "user-1"));
        assertEquals(0, services.keyStore.countOf(Rooms.TENANT));
    }

    @Test
    void a_meeting_hands_out_tokens_from_15_minutes_before_its_start_until_its_end() {
        Instant start = Rooms.NOW.plus(Duration.ofHours(1));
        Room meeting = services.rooms.createRoom(RoomDrafts.scheduled(start, Duration.ofMinutes(30)).build());

        services.rooms.clock.set(start.minus(Duration.ofMinutes(15)).minusMillis(1));
        assertFails(ErrorCode.ROOM_NOT_OPEN_YET, () -> services.issueFor(meeting, "user-1"));

        services.rooms.clock.set(start.minus(Duration.ofMinutes(15)));
        assertEquals(start.minus(Duration.ofMinutes(15)).plus(JoinTokenRequest.DEFAULT_TTL),
                services.issueFor(meeting, "user-1").grant().expiresAt());

        services.rooms.clock.set(start.plus(Duration.ofMinutes(25)));
        assertEquals(start.plus(Duration.ofMinutes(30)), services.issueFor(meeting, "user-1").grant().expiresAt());

        services.rooms.clock.set(start.plus(Duration.ofMinutes(30)));
        assertFails(ErrorCode.ROOM_ENDED, () -> services.issueFor(meeting, "user-1"));
    }
}
