package dev.atrium.application.port.out;

import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;

import java.util.Optional;

public interface TenantRepository {
    void insert(Tenant tenant);

    /** Stores the tenant unless one with its id exists; safe when several nodes start at once. */
    void insertIfAbsent(Tenant tenant);

    Optional<Tenant> findById(TenantId id);
}
