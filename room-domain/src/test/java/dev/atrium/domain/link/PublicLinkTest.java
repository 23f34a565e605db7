package dev.atrium.domain.link;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicLinkTest {
    private static final String TOKEN_HASH = "a".repeat(64);
    private final Rooms rooms = Rooms.at(NOW);
    private final Room publicRoom = rooms.open(RoomDrafts.ofType("PUBLIC").build());

    private static PublicLink.Terms terms(Integer ttlSeconds, Integer maxUses) {
        return PublicLink.Terms.parse(null, ttlSeconds, maxUses, null);
    }

    private PublicLink open(Room room, PublicLink.Terms terms) {
        return PublicLink.open(LinkId.next(NOW, Rooms.seededRandom()), room, terms, TOKEN_HASH, null, NOW);
    }

    @Nested
    class Terms {
        @Test
        void a_link_without_terms_lets_guests_in_forever_without_limit_or_password() {
            PublicLink.Terms terms = PublicLink.Terms.parse(null, null, null, null);

            assertEquals(new PublicLink.Terms(Role.GUEST, null, null, null), terms);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"GUEST", "viewer", " Participant "})
        void a_link_lets_people_in_as_guests_viewers_or_participants(String role) {
            assertEquals(Role.valueOf(role.strip().toUpperCase()), PublicLink.Terms.parse(role, null, null, null).role());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"OWNER", "MODERATOR", "AUDIENCE"})
        void no_link_hands_out_another_role(String role) {
            assertViolations(() -> PublicLink.Terms.parse(role, null, null, null), violation("role", NOT_ALLOWED));
        }

        @Test
        void an_unknown_role_is_refused() {
            assertViolations(() -> PublicLink.Terms.parse("VIP", null, null, null), violation("role", INVALID_VALUE));
        }

        @Test
        void a_lifetime_is_given_in_seconds_from_an_hour_to_a_year() {
            assertEquals(Duration.ofDays(365), terms(365 * 86_400, null).lifetime());
            assertEquals(Duration.ofHours(1), terms(3600, null).lifetime());
            assertEquals(null, terms(null, null).lifetime());
        }

        @ParameterizedTest(name = "{0} seconds")
        @ValueSource(ints = {0, -1, 3599, 365 * 86_400 + 1})
        void a_lifetime_outside_an_hour_to_a_year_is_refused(int seconds) {
            assertViolations(() -> terms(seconds, null), violation("ttlSeconds", OUT_OF_RANGE));
        }

        @Test
        void uses_run_from_1_to_a_million() {
            assertEquals(1, terms(null, 1).maxUses());
            assertEquals(1_000_000, terms(null, 1_000_000).maxUses());
            assertViolations(() -> terms(null, 0), violation("maxUses", OUT_OF_RANGE));
            assertViolations(() -> terms(null, 1_000_001), violation("maxUses", OUT_OF_RANGE));
        }

        @Test
        void a_password_is_validated_as_a_password() {
            assertEquals("open sesame", PublicLink.Terms.parse(null, null, null, "open sesame").password().reveal());
            assertViolations(() -> PublicLink.Terms.parse(null, null, null, "abc"), violation("password", TOO_SHORT));
        }

        @Test
        void every_mistake_is_reported_at_once() {
            assertViolations(() -> PublicLink.Terms.parse("OWNER", 0, 0, ""),
                    violation("role", NOT_ALLOWED), violation("ttlSeconds", OUT_OF_RANGE),
                    violation("maxUses", OUT_OF_RANGE), violation("password", TOO_SHORT));
        }
    }

    @Nested
    class Opening {
        @Test
        void a_new_link_keeps_its_terms_and_has_not_been_used() {
            PublicLink.Terms terms = PublicLink.Terms.parse("VIEWER", 2 * 86_400, 10, null);
            LinkId id = LinkId.next(NOW, Rooms.seededRandom());

            PublicLink link = PublicLink.open(id, publicRoom, terms, TOKEN_HASH, "argon2-hash", NOW);

            assertAll(
                    () -> assertEquals(id, link.id()),
                    () -> assertEquals(publicRoom.tenantId(), link.tenantId()),
                    () -> assertEquals(publicRoom.id(), link.roomId()),
                    () -> assertEquals(Role.VIEWER, link.role()),
                    () -> assertEquals(TOKEN_HASH, link.tokenHash()),
                    () -> assertEquals(NOW.plus(Duration.ofDays(2)), link.expiresAt()),
                    () -> assertEquals("argon2-hash", link.passwordHash()),
                    () -> assertTrue(link.hasPassword()),
                    () -> assertEquals(10, link.maxUses()),
                    () -> assertEquals(0, link.uses()),
                    () -> assertEquals(NOW, link.createdAt()),
                    () -> assertNull(link.revokedAt()));
        }

        @Test
        void a_link_without_a_lifetime_never_expires() {
            PublicLink link = open(publicRoom, terms(null, null));

            assertNull(link.expiresAt());
            assertFalse(link.hasPassword());
            assertNull(link.maxUses());
        }

        @Test
        void a_group_room_that_allows_guests_has_links() {
            Room room = rooms.open(RoomDrafts.group().guestsAllowed(true).build());

            assertEquals(room.id(), open(room, terms(null, null)).roomId());
        }

        @ParameterizedTest(name = "a {0} room")
        @ValueSource(strings = {"GROUP", "ONE_TO_ONE"})
        void a_room_that_admits_no_guests_has_no_links(String type) {
            Room room = rooms.open(RoomDrafts.ofType(type).build());

            assertEquals(ErrorKind.FORBIDDEN,
                    assertFails(ErrorCode.GUESTS_NOT_ALLOWED, () -> open(room, terms(null, null))).kind());
        }

        @Test
        void an_ended_room_gets_no_new_links() {
            Room ended = rooms.ended(RoomDrafts.ofType("PUBLIC").build());

            assertFails(ErrorCode.ROOM_ENDED, () -> open(ended, terms(null, null)));
        }
    }

    @Nested
    class Use {
        private final Instant expiresAt = NOW.plus(Duration.ofHours(2));

        private PublicLink stored(Instant expires, Integer maxUses, int uses, Instant revokedAt) {
            PublicLink link = open(publicRoom, terms(null, null));
            return PublicLink.reconstitute(link.id(), link.tenantId(), link.roomId(), link.role(), link.tokenHash(),
                    expires, null, maxUses, uses, NOW, revokedAt);
        }

        @Test
        void a_fresh_link_is_usable_until_it_expires() {
            PublicLink link = stored(expiresAt, null, 0, null);

            assertDoesNotThrow(() -> link.requireUsableAt(expiresAt.minusMillis(1)));
            assertEquals(ErrorKind.GONE, assertFails(ErrorCode.LINK_EXPIRED, () -> link.requireUsableAt(expiresAt)).kind());
        }

        @Test
        void a_revoked_link_is_expired() {
            PublicLink link = stored(null, null, 0, null);

            link.revoke(NOW);

            assertEquals(NOW, link.revokedAt());
            assertFails(ErrorCode.LINK_EXPIRED, () -> link.requireUsableAt(NOW));
        }

        @Test
        void revoking_again_keeps_the_first_revocation() {
            PublicLink link = stored(null, null, 0, null);
            link.revoke(NOW);

            link.revoke(NOW.plusSeconds(5));

            assertEquals(NOW, link.revokedAt());
        }

        @Test
        void a_link_is_usable_until_its_last_use() {
            assertDoesNotThrow(() -> stored(null, 3, 2, null).requireUsableAt(NOW));
            assertFails(ErrorCode.LINK_EXPIRED, () -> stored(null, 3, 3, null).requireUsableAt(NOW));
        }

        @Test
        void a_link_without_a_limit_is_never_used_up() {
            assertDoesNotThrow(() -> stored(null, null, Integer.MAX_VALUE, null).requireUsableAt(NOW));
        }
    }
}
