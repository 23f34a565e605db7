package dev.atrium.application.service;

import dev.atrium.application.port.in.access.OpenedLink;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.link.LinkId;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.Secrets;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManageLinksServiceTest {
    private final AccessServices services = new AccessServices();
    private final Room room = services.rooms.createRoom(RoomDrafts.ofType("PUBLIC").build());
    private final RoomLocator locator = RoomServices.locator(room);

    private OpenedLink open(RoomLocator at, PublicLink.Terms terms) {
        return services.manageLinks.openLink(at, terms);
    }

    private OpenedLink open(PublicLink.Terms terms) {
        return open(locator, terms);
    }

    private static PublicLink.Terms anyTerms() {
        return PublicLink.Terms.parse(null, null, null, null);
    }

    private List<LinkId> listed(RoomLocator at) {
        return services.manageLinks.listLinks(at).stream().map(PublicLink::id).toList();
    }

    @Test
    void a_link_is_stored_with_the_hash_of_its_token_and_the_token_is_handed_out_once() {
        OpenedLink opened = open(PublicLink.Terms.parse("VIEWER", 12 * 3600, 5, null));

        PublicLink stored = services.links.find(Rooms.TENANT, opened.link().id()).orElseThrow();
        assertEquals(Secrets.sha256(opened.token()), stored.tokenHash());
        assertNotEquals(opened.token(), stored.tokenHash());
        assertEquals(Role.VIEWER, stored.role());
        assertEquals(Rooms.NOW.plus(Duration.ofHours(12)), stored.expiresAt());
        assertEquals(5, stored.maxUses());
        assertEquals(room.id(), stored.roomId());
    }

    @Test
    void a_link_token_carries_256_random_bits() {
        String token = open(anyTerms()).token();

        assertTrue(token.startsWith("lt_"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token.substring(3)).length);
        assertNotEquals(token, open(anyTerms()).token());
    }

    @Test
    void a_link_password_is_stored_hashed() {
        PublicLink stored = open(PublicLink.Terms.parse(null, null, null, "open sesame")).link();

        assertTrue(stored.hasPassword());
        assertFalse(stored.passwordHash().contains("open sesame"));
        assertTrue(services.hasher.matches("open sesame", stored.passwordHash()));
    }

    @Test
    void a_link_without_a_password_stores_none() {
        assertNull(open(anyTerms()).link().passwordHash());
    }

    @Test
    void a_room_lists_its_own_links_only() {
        OpenedLink first = open(anyTerms());
        OpenedLink second = open(anyTerms());
        Room other = services.rooms.createRoomLater(Rooms.TENANT, RoomDrafts.ofType("PUBLIC").build());
        OpenedLink elsewhere = open(RoomServices.locator(other), anyTerms());

        assertEquals(List.of(first.link().id(), second.link().id()), listed(locator));
        assertEquals(List.of(elsewhere.link().id()), listed(RoomServices.locator(other)));
    }

    @Test
    void a_revoked_link_is_kept_as_revoked() {
        OpenedLink opened = open(anyTerms());
        services.rooms.clock.advance(Duration.ofMinutes(3));

        services.manageLinks.revokeLink(locator, opened.link().id().value());

        PublicLink stored = services.links.find(Rooms.TENANT, opened.link().id()).orElseThrow();
        assertEquals(Rooms.NOW.plus(Duration.ofMinutes(3)), stored.revokedAt());
        assertFails(ErrorCode.LINK_EXPIRED, () -> stored.requireUsableAt(services.rooms.clock.instant()));
    }

    @Test
    void a_link_of_another_room_cannot_be_revoked_through_this_one() {
        Room other = services.rooms.createRoomLater(Rooms.TENANT, RoomDrafts.ofType("PUBLIC").build());
        OpenedLink elsewhere = open(RoomServices.locator(other), anyTerms());

        assertFails(ErrorCode.LINK_NOT_FOUND, () -> services.manageLinks.revokeLink(locator, elsewhere.link().id().value()));
        assertNull(services.links.find(Rooms.TENANT, elsewhere.link().id()).orElseThrow().revokedAt());
    }

    @Test
    void an_unknown_or_malformed_link_id_is_not_found() {
        assertFails(ErrorCode.LINK_NOT_FOUND,
                () -> services.manageLinks.revokeLink(locator, LinkId.next(Rooms.NOW, Rooms.seededRandom()).value()));
        assertFails(ErrorCode.LINK_NOT_FOUND, () -> services.manageLinks.revokeLink(locator, "not-a-link"));
    }

    @Test
    void a_group_room_admitting_guests_has_links() {
        Room group = services.rooms.createRoomLater(Rooms.TENANT, RoomDrafts.group().guestsAllowed(true).build());

        assertEquals(group.id(), open(RoomServices.locator(group), anyTerms()).link().roomId());
    }

    @Test
    void a_room_that_admits_no_guests_has_no_links_and_nothing_is_stored() {
        Room group = services.rooms.createRoomLater(Rooms.TENANT, RoomDrafts.group().build());

        assertFails(ErrorCode.GUESTS_NOT_ALLOWED, () -> open(RoomServices.locator(group), anyTerms()));
        assertEquals(List.of(), listed(RoomServices.locator(group)));
    }

    @Test
    void an_ended_room_gets_no_new_links() {
        services.rooms.end.endRoom(locator);

        assertFails(ErrorCode.ROOM_ENDED, () -> open(anyTerms()));
    }

    @Test
    void another_tenant_can_neither_open_nor_list_nor_revoke_links_of_the_room() {
        OpenedLink opened = open(anyTerms());
        RoomLocator foreign = new RoomLocator(Rooms.OTHER_TENANT, room.id().value());

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> open(foreign, anyTerms()));
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.manageLinks.listLinks(foreign));
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.manageLinks.revokeLink(foreign, opened.link().id().value()));
        assertEquals(Optional.empty(), services.links.find(Rooms.OTHER_TENANT, opened.link().id()));
    }
}
