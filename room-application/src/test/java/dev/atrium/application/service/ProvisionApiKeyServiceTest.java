package dev.atrium.application.service;

import dev.atrium.application.fakes.InMemoryApiKeyRepository;
import dev.atrium.application.fakes.InMemoryTenantRepository;
import dev.atrium.application.fakes.MutableClock;
import dev.atrium.application.port.in.tenant.IssuedApiKey;
import dev.atrium.application.port.in.tenant.ProvisionApiKeyCommand;
import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProvisionApiKeyServiceTest {
    private static final ApiKeyId CONFIGURED_ID = new ApiKeyId("ops-bootstrap");
    private static final ApiKeySecret CONFIGURED_SECRET = ApiKeySecret.of("configured-secret-".repeat(2));
    private static final ApiKeySecret ROTATED_SECRET = ApiKeySecret.of("rotated-secret-000".repeat(2));

    private final MutableClock clock = new MutableClock(Rooms.NOW);
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final AuthenticateApiKeyService authenticate = new AuthenticateApiKeyService(keys);

    /** A fresh service each time, as after a restart; the stores stay. */
    private Optional<IssuedApiKey> start(ProvisionApiKeyCommand command) {
        return start(keys, command);
    }

    private Optional<IssuedApiKey> start(ApiKeyRepository keyStore, ProvisionApiKeyCommand command) {
        return new ProvisionApiKeyService(tenants, keyStore, clock, new SplittableRandom(17)).provisionApiKey(command);
    }

    private static ProvisionApiKeyCommand configured(ApiKeySecret secret) {
        return new ProvisionApiKeyCommand(Optional.of(CONFIGURED_ID), Optional.of(secret));
    }

    private Optional<TenantId> tenantOf(ApiKeyId id, ApiKeySecret secret) {
        return authenticate.authenticate(id.value(), secret.reveal());
    }

    @Test
    void a_configured_key_is_created_in_the_default_tenant() {
        Optional<IssuedApiKey> generated = start(configured(CONFIGURED_SECRET));

        assertTrue(generated.isEmpty());
        assertEquals(Optional.of(ProvisionApiKeyService.DEFAULT_TENANT), tenantOf(CONFIGURED_ID, CONFIGURED_SECRET));
        assertEquals("default", tenants.findById(ProvisionApiKeyService.DEFAULT_TENANT).orElseThrow().name());
        assertEquals(1, keys.size());
    }

    @Test
    void restarting_with_a_new_configured_secret_replaces_the_old_one() {
        start(configured(CONFIGURED_SECRET));

        start(configured(ROTATED_SECRET));

        assertEquals(Optional.of(ProvisionApiKeyService.DEFAULT_TENANT), tenantOf(CONFIGURED_ID, ROTATED_SECRET));
        assertEquals(Optional.empty(), tenantOf(CONFIGURED_ID, CONFIGURED_SECRET));
        assertEquals(1, keys.size());
        assertEquals(1, tenants.size());
    }

    @Test
    void restarting_with_the_same_configuration_keeps_the_key_as_it_is() {
        start(configured(CONFIGURED_SECRET));
        ApiKey before = keys.findById(CONFIGURED_ID).orElseThrow();
        clock.advance(Duration.ofDays(1));

        start(configured(CONFIGURED_SECRET));

        ApiKey after = keys.findById(CONFIGURED_ID).orElseThrow();
        assertEquals(before.secretHash(), after.secretHash());
        assertEquals(before.createdAt(), after.createdAt());
    }

    @Test
    void a_revoked_configured_key_stays_revoked_after_a_restart() {
        start(configured(CONFIGURED_SECRET));
        ApiKey key = keys.findById(CONFIGURED_ID).orElseThrow();
        key.revoke(Rooms.NOW);
        keys.update(key);

        start(configured(CONFIGURED_SECRET));
        start(configured(ROTATED_SECRET));

        assertTrue(keys.findById(CONFIGURED_ID).orElseThrow().isRevoked());
        assertEquals(Optional.empty(), tenantOf(CONFIGURED_ID, CONFIGURED_SECRET));
        assertEquals(Optional.empty(), tenantOf(CONFIGURED_ID, ROTATED_SECRET));
    }

    @Test
    void a_configured_key_belonging_to_a_tenant_keeps_that_tenant() {
        keys.insert(ApiKey.issue(CONFIGURED_ID, Rooms.TENANT, CONFIGURED_SECRET, Rooms.NOW));

        start(configured(ROTATED_SECRET));

        assertEquals(Optional.of(Rooms.TENANT), tenantOf(CONFIGURED_ID, ROTATED_SECRET));
    }

    @Test
    void a_configured_key_is_created_even_when_other_keys_exist() {
        keys.insert(ApiKey.issue(new ApiKeyId("someone-elses"), Rooms.TENANT, ROTATED_SECRET, Rooms.NOW));

        start(configured(CONFIGURED_SECRET));

        assertEquals(Optional.of(ProvisionApiKeyService.DEFAULT_TENANT), tenantOf(CONFIGURED_ID, CONFIGURED_SECRET));
    }

    @Test
    void a_key_is_generated_in_the_default_tenant_when_none_is_configured_and_none_exists() {
        IssuedApiKey generated = start(ProvisionApiKeyCommand.none()).orElseThrow();

        assertEquals(ProvisionApiKeyService.DEFAULT_TENANT, generated.tenantId());
        assertEquals(Optional.of(ProvisionApiKeyService.DEFAULT_TENANT), tenantOf(generated.id(), generated.secret()));
        assertTrue(tenants.findById(ProvisionApiKeyService.DEFAULT_TENANT).isPresent());
        assertEquals(1, keys.size());
    }

    @Test
    void nothing_is_generated_when_a_key_exists() {
        keys.insert(ApiKey.issue(new ApiKeyId("existing"), Rooms.TENANT, ROTATED_SECRET, Rooms.NOW));

        assertTrue(start(ProvisionApiKeyCommand.none()).isEmpty());

        assertEquals(1, keys.size());
        assertEquals(0, tenants.size());
    }

    @Test
    void a_generated_key_is_generated_only_once_across_restarts() {
        IssuedApiKey first = start(ProvisionApiKeyCommand.none()).orElseThrow();

        assertTrue(start(ProvisionApiKeyCommand.none()).isEmpty());

        assertEquals(1, keys.size());
        assertTrue(tenantOf(first.id(), first.secret()).isPresent());
    }

    @Test
    void a_revoked_key_still_counts_as_an_existing_key() {
        IssuedApiKey first = start(ProvisionApiKeyCommand.none()).orElseThrow();
        ApiKey key = keys.findById(first.id()).orElseThrow();
        key.revoke(Rooms.NOW);
        keys.update(key);

        assertTrue(start(ProvisionApiKeyCommand.none()).isEmpty());
    }

    @Test
    void when_another_node_creates_the_configured_key_first_ours_still_gets_the_configured_secret() {
        ApiKeyRepository racedByAnotherNode = new OtherNodeInsertsFirst(keys, ApiKeySecret.of("the-other-nodes-secret".repeat(2)));

        start(racedByAnotherNode, configured(CONFIGURED_SECRET));

        assertEquals(Optional.of(ProvisionApiKeyService.DEFAULT_TENANT), tenantOf(CONFIGURED_ID, CONFIGURED_SECRET));
        assertEquals(1, keys.size());
    }

    @Test
    void an_id_without_a_secret_or_a_secret_without_an_id_is_not_a_configuration() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProvisionApiKeyCommand(Optional.of(CONFIGURED_ID), Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new ProvisionApiKeyCommand(Optional.empty(), Optional.of(CONFIGURED_SECRET)));
    }

    /** A key store into which another starting node inserts the same key, with its own secret, just before us. */
    private static final class OtherNodeInsertsFirst implements ApiKeyRepository {
        private final InMemoryApiKeyRepository store;
        private final ApiKeySecret otherNodesSecret;

        OtherNodeInsertsFirst(InMemoryApiKeyRepository store, ApiKeySecret otherNodesSecret) {
            this.store = store;
            this.otherNodesSecret = otherNodesSecret;
        }

        @Override
        public void insert(ApiKey key) {
            if (store.findById(key.id()).isEmpty()) {
                store.insert(ApiKey.issue(key.id(), key.tenantId(), otherNodesSecret, key.createdAt()));
            }
            store.insert(key);
        }

        @Override
        public void update(ApiKey key) {
            store.update(key);
        }

        @Override
        public Optional<ApiKey> findById(ApiKeyId id) {
            return store.findById(id);
        }

        @Override
        public boolean anyExists() {
            return store.anyExists();
        }
    }
}
