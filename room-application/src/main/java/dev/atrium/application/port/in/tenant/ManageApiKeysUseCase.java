package dev.atrium.application.port.in.tenant;

import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.TenantId;

/** An operator's handling of a tenant's keys. */
public interface ManageApiKeysUseCase {
    /** @throws dev.atrium.domain.shared.NotFoundException when the tenant does not exist */
    IssuedApiKey issueApiKey(TenantId tenantId);

    /** Revoked keys stop authenticating at once. Revoking twice is harmless.
     *  @throws dev.atrium.domain.shared.NotFoundException when the tenant has no such key */
    void revokeApiKey(TenantId tenantId, ApiKeyId keyId);
}
