package dev.atrium.adapter.rest.support;

import dev.atrium.application.port.in.tenant.CreateTenantUseCase;
import dev.atrium.application.port.in.tenant.IssuedApiKey;
import dev.atrium.application.port.in.tenant.IssueApiKeyUseCase;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * Gives each test a tenant of its own with a working key, made through the use cases, so tests
 * share no data and never depend on each other's rooms.
 */
@Singleton
public final class TestTenants {
    private final CreateTenantUseCase createTenant;
    private final IssueApiKeyUseCase issueApiKey;
    private final EmbeddedServer server;
    private final JsonMapper json;

    TestTenants(CreateTenantUseCase createTenant, IssueApiKeyUseCase issueApiKey, EmbeddedServer server,
                JsonMapper json) {
        this.createTenant = createTenant;
        this.issueApiKey = issueApiKey;
        this.server = server;
        this.json = json;
    }

    public TestTenant create() {
        TenantId id = createTenant.createTenant("Tenant under test").id();
        IssuedApiKey key = issueApiKey.issueApiKey(id);
        return new TestTenant(id, key, anonymous().withKey(key.id().value(), key.secret().reveal()));
    }

    public ApiClient anonymous() {
        return ApiClient.anonymous(server.getURI(), json);
    }

    /** A tenant, its key, and a client that authenticates with that key. */
    public record TestTenant(TenantId id, IssuedApiKey key, ApiClient api) {
    }
}
