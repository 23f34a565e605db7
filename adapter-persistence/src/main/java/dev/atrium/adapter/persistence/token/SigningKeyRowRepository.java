package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SigningKeyRowRepository extends GenericRepository<SigningKeyRow, String> {

    SigningKeyRow save(SigningKeyRow row);

    Optional<SigningKeyRow> findById(String kid);

    Optional<SigningKeyRow> findByCurrentForTenant(String tenantId);

    /** Any one key: enough to tell whether the master key opens what is stored. */
    Optional<SigningKeyRow> findFirstOrderByKid();

    List<SigningKeyRow> findByRetiresAtIsNullOrRetiresAtGreaterThan(OffsetDateTime retiresAt);

    /** Retires the key if it is still current; returns 0 when it no longer was. */
    @Query("""
            UPDATE signing_keys SET retires_at = :retiresAt, current_for_tenant = NULL
            WHERE kid = :kid AND current_for_tenant IS NOT NULL""")
    long retire(String kid, @TimestampColumn OffsetDateTime retiresAt);
}
