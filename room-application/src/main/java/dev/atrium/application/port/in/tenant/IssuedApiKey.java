package dev.atrium.application.port.in.tenant;

import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;
import dev.atrium.domain.tenant.TenantId;

import java.util.Objects;

/** A key just issued, with its secret: the only moment the secret is known. */
public record IssuedApiKey(ApiKeyId id, TenantId tenantId, ApiKeySecret secret) {
    public IssuedApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(secret, "secret");
    }
}
