package dev.atrium.application.service;

import dev.atrium.application.fakes.InMemoryApiKeyRepository;
import dev.atrium.application.fakes.InMemoryTenantRepository;
import dev.atrium.application.fakes.MutableClock;
import dev.atrium.application.port.in.tenant.IssuedApiKey;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManageApiKeysServiceTest {
    private static final Instant LATER = Rooms.NOW.plus(Duration.ofDays(1));

    private final MutableClock clock = new MutableClock(Rooms.NOW);
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final InMemoryApiKeyRepository keys = new InMemoryApiKeyRepository();
    private final ManageApiKeysService service = new ManageApiKeysService(tenants, keys, clock, new SplittableRandom(9));
    private final AuthenticateApiKeyService authenticate = new AuthenticateApiKeyService(keys);

    ManageApiKeysServiceTest() {
        tenants.insert(new Tenant(Rooms.TENANT, "Acme", Rooms.NOW));
        tenants.insert(new Tenant(Rooms.OTHER_TENANT, "Globex", Rooms.NOW));
    }

    private boolean works(IssuedApiKey key) {
        return authenticate.authenticate(key.id().value(), key.secret().reveal()).isPresent();
    }

    @Test
    void an_issued_key_authenticates_its_tenant_with_the_secret_shown_once() {
        IssuedApiKey issued = service.issueApiKey(Rooms.TENANT);

        assertEquals(Rooms.TENANT, issued.tenantId());
        assertEquals(Optional.of(Rooms.TENANT), authenticate.authenticate(issued.id().value(), issued.secret().reveal()));
        ApiKey stored = keys.findById(issued.id()).orElseThrow();
        assertNotEquals(issued.secret().reveal(), stored.secretHash());
        assertEquals(Rooms.NOW, stored.createdAt());
    }

    @Test
    void every_issued_key_is_a_new_key() {
        IssuedApiKey first = service.issueApiKey(Rooms.TENANT);
        IssuedApiKey second = service.issueApiKey(Rooms.TENANT);

        assertNotEquals(first.id(), second.id());
        assertTrue(works(first) && works(second));
        assertEquals(2, keys.size());
    }

    @Test
    void no_key_is_issued_for_an_unknown_tenant() {
        TenantId unknown = new TenantId("tn_" + "3".repeat(26));

        assertFails(ErrorCode.TENANT_NOT_FOUND, () -> service.issueApiKey(unknown));

        assertEquals(0, keys.size());
    }

    @Test
    void a_revoked_key_stops_working_at_once() {
        IssuedApiKey issued = service.issueApiKey(Rooms.TENANT);
        clock.set(LATER);

        service.revokeApiKey(Rooms.TENANT, issued.id());

        assertFalse(works(issued));
        assertEquals(LATER, keys.findById(issued.id()).orElseThrow().revokedAt());
    }

    @Test
    void revoking_twice_keeps_the_first_revocation() {
        IssuedApiKey issued = service.issueApiKey(Rooms.TENANT);
        service.revokeApiKey(Rooms.TENANT, issued.id());
        clock.set(LATER);

        service.revokeApiKey(Rooms.TENANT, issued.id());

        assertEquals(Rooms.NOW, keys.findById(issued.id()).orElseThrow().revokedAt());
    }

    @Test
    void a_tenant_cannot_revoke_another_tenants_key() {
        IssuedApiKey theirs = service.issueApiKey(Rooms.OTHER_TENANT);

        assertFails(ErrorCode.API_KEY_NOT_FOUND, () -> service.revokeApiKey(Rooms.TENANT, theirs.id()));

        assertTrue(works(theirs));
    }

    @Test
    void revoking_an_unknown_key_is_not_found() {
        assertFails(ErrorCode.API_KEY_NOT_FOUND, () -> service.revokeApiKey(Rooms.TENANT, new ApiKeyId("ak_unknown")));
    }
}
