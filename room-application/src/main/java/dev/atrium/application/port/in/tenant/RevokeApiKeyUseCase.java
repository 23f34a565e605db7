package dev.atrium.application.port.in.tenant;

import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.TenantId;

/** An operator takes a tenant's API key away. */
public interface RevokeApiKeyUseCase {
    /**
     * Revoked keys stop authenticating at once. Revoking twice is harmless.
     * @throws dev.atrium.domain.shared.NotFoundException when the tenant has no such key
     */
    void revokeApiKey(TenantId tenantId, ApiKeyId keyId);
}
