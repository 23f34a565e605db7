package dev.atrium.application.service;

import dev.atrium.application.fakes.InMemoryApiKeyRepository;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthenticateApiKeyServiceTest {
    private static final ApiKeyId KEY_ID = new ApiKeyId("ak_live");

    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final AuthenticateApiKeyService service = new AuthenticateApiKeyService(keys);
    private final ApiKeySecret secret = ApiKeySecret.generate(new SplittableRandom(1));

    AuthenticateApiKeyServiceTest() {
        keys.insert(ApiKey.issue(KEY_ID, Rooms.TENANT, secret, Rooms.NOW));
    }

    @Test
    void a_live_key_with_its_secret_names_its_tenant() {
        assertEquals(Optional.of(Rooms.TENANT), service.authenticate(KEY_ID.value(), secret.reveal()));
    }

    @Test
    void an_unknown_key_authenticates_nobody() {
        assertEquals(Optional.empty(), service.authenticate("ak_unknown", secret.reveal()));
    }

    @ParameterizedTest(name = "secret \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "wrong", "sk_almost"})
    void a_wrong_or_missing_secret_authenticates_nobody(String wrong) {
        assertEquals(Optional.empty(), service.authenticate(KEY_ID.value(), wrong));
    }

    @Test
    void a_revoked_key_authenticates_nobody() {
        ApiKey key = keys.findById(KEY_ID).orElseThrow();
        key.revoke(Rooms.NOW);
        keys.update(key);

        assertEquals(Optional.empty(), service.authenticate(KEY_ID.value(), secret.reveal()));
    }

    @ParameterizedTest(name = "key id \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "ak", "has space", "ak_live:extra", "schlüssel"})
    void a_malformed_key_id_authenticates_nobody(String keyId) {
        assertEquals(Optional.empty(), service.authenticate(keyId, secret.reveal()));
    }
}
