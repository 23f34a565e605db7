package dev.atrium.domain.tenant;

import dev.atrium.domain.fixtures.Rooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyTest {
    private static final ApiKeyId ID = new ApiKeyId("ops-key");
    private static final Instant LATER = NOW.plusSeconds(60);

    private final ApiKeySecret secret = ApiKeySecret.generate(new SplittableRandom(1));
    private final ApiKey key = ApiKey.issue(ID, Rooms.TENANT, secret, NOW);

    @Test
    void a_key_keeps_only_the_hash_of_its_secret() {
        assertNotEquals(secret.reveal(), key.secretHash());
        assertFalse(key.secretHash().contains(secret.reveal()));
        assertTrue(key.secretHash().matches("[0-9a-f]{64}"), key.secretHash());
        assertEquals(secret.hash(), key.secretHash());
    }

    @Test
    void an_issued_key_belongs_to_its_tenant_and_is_live() {
        assertEquals(ID, key.id());
        assertEquals(Rooms.TENANT, key.tenantId());
        assertEquals(NOW, key.createdAt());
        assertFalse(key.isRevoked());
    }

    @Test
    void the_right_secret_authenticates() {
        assertTrue(key.authenticates(secret.reveal()));
    }

    @ParameterizedTest(name = "secret \"{0}\"")
    @ValueSource(strings = {"", "wrong", "sk_"})
    void any_other_secret_does_not(String wrong) {
        assertFalse(key.authenticates(wrong));
    }

    @Test
    void a_secret_that_differs_in_one_character_does_not_authenticate() {
        String almost = secret.reveal().substring(0, secret.reveal().length() - 1) + "#";

        assertFalse(key.authenticates(almost));
        assertFalse(key.authenticates(secret.reveal() + " "));
    }

    @Test
    void no_secret_does_not_authenticate() {
        assertFalse(key.authenticates(null));
    }

    @Test
    void the_stored_hash_itself_is_not_a_secret_that_authenticates() {
        assertFalse(key.authenticates(key.secretHash()));
    }

    @Test
    void a_revoked_key_never_authenticates() {
        key.revoke(LATER);

        assertTrue(key.isRevoked());
        assertEquals(LATER, key.revokedAt());
        assertFalse(key.authenticates(secret.reveal()));
    }

    @Test
    void revoking_again_keeps_the_first_revocation() {
        key.revoke(LATER);
        key.revoke(LATER.plusSeconds(60));

        assertEquals(LATER, key.revokedAt());
    }

    @Test
    void a_replaced_secret_is_the_only_one_that_authenticates() {
        ApiKeySecret replacement = ApiKeySecret.of("r".repeat(ApiKeySecret.MIN_LENGTH));

        assertTrue(key.replaceSecret(replacement));

        assertTrue(key.authenticates(replacement.reveal()));
        assertFalse(key.authenticates(secret.reveal()));
        assertEquals(replacement.hash(), key.secretHash());
    }

    @Test
    void replacing_a_secret_with_itself_changes_nothing() {
        assertFalse(key.replaceSecret(ApiKeySecret.of(secret.reveal())));
        assertTrue(key.authenticates(secret.reveal()));
    }

    @Test
    void replacing_the_secret_of_a_revoked_key_does_not_revive_it() {
        ApiKeySecret replacement = ApiKeySecret.of("r".repeat(ApiKeySecret.MIN_LENGTH));
        key.revoke(LATER);

        key.replaceSecret(replacement);

        assertTrue(key.isRevoked());
        assertFalse(key.authenticates(replacement.reveal()));
    }

    @Test
    void a_stored_key_authenticates_like_the_issued_one() {
        ApiKey stored = ApiKey.reconstitute(key.id(), key.tenantId(), key.secretHash(), key.createdAt(), null);

        assertTrue(stored.authenticates(secret.reveal()));
    }
}
