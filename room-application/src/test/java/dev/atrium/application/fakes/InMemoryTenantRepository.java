package dev.atrium.application.fakes;

import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Tenants in memory; tenants are immutable values, so no copies are needed. */
public final class InMemoryTenantRepository implements TenantRepository {
    private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

    @Override
    public void insert(Tenant tenant) {
        if (tenants.putIfAbsent(tenant.id(), tenant) != null) {
            throw new IllegalStateException("tenant exists: " + tenant.id());
        }
    }

    @Override
    public void insertIfAbsent(Tenant tenant) {
        tenants.putIfAbsent(tenant.id(), tenant);
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    public int size() {
        return tenants.size();
    }
}
