package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.UniqueInserts;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Tenants in the {@code tenants} table. */
@Singleton
@ReportsStoreOutages
class JdbcTenantRepository implements TenantRepository {
    private final TenantRowRepository rows;
    private final TenantRowMapper mapper;

    JdbcTenantRepository(TenantRowRepository rows, TenantRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void insert(Tenant tenant) {
        rows.save(mapper.toRow(tenant));
    }

    /**
     * The existence check spares the usual case a failed statement; the insert that can still race
     * with another node's is settled by the primary key, and losing that race is the wanted outcome.
     */
    @Override
    public void insertIfAbsent(Tenant tenant) {
        if (rows.existsById(tenant.id().value())) {
            return;
        }
        UniqueInserts.insertUnlessTaken(() -> rows.save(mapper.toRow(tenant)));
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return rows.findById(id.value()).map(mapper::toTenant);
    }
}
