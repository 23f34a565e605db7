package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.PersistenceContext;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link ApiKeyRepository}, written once and run on every supported database
 * ({@link JdbcApiKeyRepositoryIT}). Whether any key exists is a question about the whole store, so
 * every test gets a database of its own.
 */
abstract class ApiKeyRepositoryContract {
    /** In the hour Europe/Berlin, the zone the build runs tests in, repeats when summer time ends. */
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.000001Z");

    private final RandomGenerator random = new SplittableRandom(7L);
    private PersistenceContext context;
    private ApiKeyRepository keys;
    private TenantId tenant;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void startAdapter() {
        context = PersistenceContext.start(newDatabase());
        keys = context.bean(ApiKeyRepository.class);
        tenant = TenantId.next(NOW, random);
        context.bean(TenantRepository.class).insert(Tenant.create(tenant, "Acme", NOW));
    }

    @AfterEach
    void stopAdapter() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aStoredKeyIsFoundAsItWasStored() {
        ApiKey key = newKey(ApiKeyId.next(NOW, random));

        keys.insert(key);

        assertEquals(stateOf(key), stateOf(keys.findById(key.id()).orElseThrow()));
    }

    @Test
    void anUnknownKeyIsNotFound() {
        assertEquals(Optional.empty(), keys.findById(new ApiKeyId("no-such-key")));
    }

    @Test
    void aKeyIdIsTakenOnce() {
        ApiKeyId id = new ApiKeyId("operator-key");
        keys.insert(newKey(id));

        assertFails(ErrorCode.API_KEY_ID_TAKEN, () -> keys.insert(newKey(id)));
    }

    @Test
    void anUpdateStoresARevocation() {
        ApiKey key = newKey(ApiKeyId.next(NOW, random));
        keys.insert(key);
        key.revoke(NOW.plusSeconds(1));

        keys.update(key);

        ApiKey found = keys.findById(key.id()).orElseThrow();
        assertEquals(stateOf(key), stateOf(found));
        assertTrue(found.isRevoked());
    }

    @Test
    void anUpdateStoresAReplacedSecret() {
        ApiKey key = newKey(ApiKeyId.next(NOW, random));
        keys.insert(key);
        ApiKeySecret replacement = ApiKeySecret.generate(random);
        key.replaceSecret(replacement);

        keys.update(key);

        ApiKey found = keys.findById(key.id()).orElseThrow();
        assertTrue(found.authenticates(replacement.reveal()));
    }

    @Test
    void anyExistsTellsWhetherTheStoreHoldsAKey() {
        assertFalse(keys.anyExists());

        keys.insert(newKey(ApiKeyId.next(NOW, random)));

        assertTrue(keys.anyExists());
    }

    private ApiKey newKey(ApiKeyId id) {
        return ApiKey.issue(id, tenant, ApiKeySecret.generate(random), NOW);
    }

    /** Everything a key holds, in a form that compares by value. */
    private static List<Object> stateOf(ApiKey key) {
        return Arrays.asList(key.id(), key.tenantId(), key.secretHash(), key.createdAt(), key.revokedAt());
    }
}
