package dev.atrium.application.port.in.tenant;

import dev.atrium.domain.tenant.Tenant;

public interface CreateTenantUseCase {
    Tenant createTenant(String name);
}
