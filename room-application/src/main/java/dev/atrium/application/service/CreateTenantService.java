package dev.atrium.application.service;

import dev.atrium.application.port.in.tenant.CreateTenantUseCase;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;

import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

public final class CreateTenantService implements CreateTenantUseCase {
    private final TenantRepository tenants;
    private final Clock clock;
    private final RandomGenerator random;

    public CreateTenantService(TenantRepository tenants, Clock clock, RandomGenerator random) {
        this.tenants = tenants;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Tenant createTenant(String name) {
        Instant now = clock.instant();
        Tenant tenant = Tenant.create(TenantId.next(now, random), name, now);
        tenants.insert(tenant);
        return tenant;
    }
}
