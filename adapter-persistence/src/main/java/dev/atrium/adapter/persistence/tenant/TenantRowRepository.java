package dev.atrium.adapter.persistence.tenant;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TenantRowRepository extends GenericRepository<TenantRow, String> {

    TenantRow save(TenantRow row);

    boolean existsById(String id);

    Optional<TenantRow> findById(String id);
}
