package dev.atrium.application.service;

import dev.atrium.application.fakes.ContendedSigningKeyRepository;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurrentSigningKeysTest {
    private final AccessServices services = new AccessServices();
    private final ContendedSigningKeyRepository contended = new ContendedSigningKeyRepository(services.keyStore);
    private final CurrentSigningKeys node = services.keysOf(contended, SigningAlgorithm.HS256);
    private final CurrentSigningKeys otherNode = services.keysOf(services.keyStore, SigningAlgorithm.HS256);

    private void advance(Duration duration) {
        services.rooms.clock.advance(duration);
    }

    @Nested
    class FirstUse {
        @Test
        void the_first_use_generates_one_current_key_of_the_configured_algorithm() {
            SigningKey key = node.current(Rooms.TENANT);

            assertEquals(SigningAlgorithm.HS256, key.algorithm());
            assertTrue(key.isCurrent());
            assertEquals(Optional.of(key), services.keyStore.findCurrent(Rooms.TENANT));
        }

        @Test
        void later_uses_and_other_nodes_use_the_same_key() {
            SigningKey first = node.current(Rooms.TENANT);
            advance(Duration.ofHours(1));

            assertEquals(first, node.current(Rooms.TENANT));
            assertEquals(first, otherNode.current(Rooms.TENANT));
            assertEquals(1, services.keyStore.countOf(Rooms.TENANT));
        }

        @Test
        void a_node_started_again_finds_the_stored_key() {
            SigningKey first = node.current(Rooms.TENANT);

            assertEquals(first, services.keysOf(services.keyStore, SigningAlgorithm.HS256).current(Rooms.TENANT));
        }

        @Test
        void each_tenant_has_its_own_key() {
            assertNotEquals(node.current(Rooms.TENANT).kid(), node.current(Rooms.OTHER_TENANT).kid());
        }

        @Test
        void a_node_that_loses_the_race_for_the_first_key_uses_the_winners() {
            contended.loseNextWriteTo(() -> otherNode.current(Rooms.TENANT));

            SigningKey key = node.current(Rooms.TENANT);

            assertEquals(services.keyStore.findCurrent(Rooms.TENANT).orElseThrow(), key);
            assertEquals(otherNode.current(Rooms.TENANT), key);
            assertEquals(1, services.keyStore.countOf(Rooms.TENANT));
        }

        @Test
        void an_es256_node_generates_keys_with_a_public_half() {
            SigningKey key = services.keysOf(services.keyStore, SigningAlgorithm.ES256).current(Rooms.TENANT);

            assertEquals(SigningAlgorithm.ES256, key.algorithm());
            assertTrue(key.publicKey().length > 0);
        }
    }

    @Nested
    class Caching {
        private final SigningKey first = node.current(Rooms.TENANT);

        @Test
        void a_node_signs_with_its_cached_key_for_10_seconds_after_another_node_rotated() {
            SigningKey next = otherNode.rotate(Rooms.TENANT);

            advance(CurrentSigningKeys.FRESHNESS.minusMillis(1));
            assertEquals(first.kid(), node.current(Rooms.TENANT).kid());

            advance(Duration.ofMillis(1));
            assertEquals(next.kid(), node.current(Rooms.TENANT).kid());
        }

        @Test
        void the_rotating_node_signs_with_the_new_key_at_once() {
            SigningKey next = node.rotate(Rooms.TENANT);

            assertEquals(next, node.current(Rooms.TENANT));
        }

        @Test
        void a_key_found_by_its_id_is_read_again_once_stale() {
            assertEquals(Optional.of(first), node.byKid(first.kid()));
            otherNode.rotate(Rooms.TENANT);

            assertNull(node.byKid(first.kid()).orElseThrow().retiresAt());
            advance(CurrentSigningKeys.FRESHNESS);
            assertFalse(node.byKid(first.kid()).orElseThrow().isCurrent());
        }

        @Test
        void an_unknown_key_id_is_not_found() {
            assertEquals(Optional.empty(), node.byKid("key_00000000000000000000000000"));
        }
    }

    @Nested
    class Rotating {
        @Test
        void rotating_retires_the_current_key_and_makes_a_new_one_current() {
            SigningKey first = node.current(Rooms.TENANT);
            advance(Duration.ofHours(1));

            SigningKey next = node.rotate(Rooms.TENANT);

            SigningKey retired = node.byKid(first.kid()).orElseThrow();
            assertEquals(services.rooms.clock.instant().plus(SigningKey.RETIREMENT_DELAY), retired.retiresAt());
            assertTrue(next.isCurrent());
            assertEquals(Optional.of(next), services.keyStore.findCurrent(Rooms.TENANT));
            assertEquals(2, services.keyStore.countOf(Rooms.TENANT));
        }

        @Test
        void rotating_before_any_key_existed_leaves_a_retired_first_key_and_a_current_one() {
            SigningKey next = node.rotate(Rooms.TENANT);

            assertEquals(Optional.of(next), services.keyStore.findCurrent(Rooms.TENANT));
            assertEquals(2, services.keyStore.countOf(Rooms.TENANT));
        }

        @Test
        void a_rotation_that_loses_to_another_nodes_rotation_fails_and_keeps_the_winners_key() {
            node.current(Rooms.TENANT);
            contended.loseNextWriteTo(() -> otherNode.rotate(Rooms.TENANT));

            assertFails(ErrorCode.CONCURRENT_MODIFICATION, () -> node.rotate(Rooms.TENANT));

            assertEquals(2, services.keyStore.countOf(Rooms.TENANT));
            assertEquals(otherNode.current(Rooms.TENANT), services.keyStore.findCurrent(Rooms.TENANT).orElseThrow());
        }
    }
}
