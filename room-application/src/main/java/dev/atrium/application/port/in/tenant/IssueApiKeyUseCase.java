package dev.atrium.application.port.in.tenant;

import dev.atrium.domain.tenant.TenantId;

/** An operator gives a tenant a new API key. */
public interface IssueApiKeyUseCase {
    /** @throws dev.atrium.domain.shared.NotFoundException when the tenant does not exist */
    IssuedApiKey issueApiKey(TenantId tenantId);
}
