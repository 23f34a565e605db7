package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRowRepository extends GenericRepository<ApiKeyRow, String> {

    ApiKeyRow save(ApiKeyRow row);

    /**
     * Stores the secret hash and a revocation, and returns how many rows changed: none when no key has
     * the id. A stored revocation stays as it is: the caller's copy may have been read before it.
     */
    @Query("""
            UPDATE api_keys SET secret_hash = :secretHash, revoked_at = COALESCE(revoked_at, :revokedAt)
            WHERE id = :id""")
    long update(String id, String secretHash, @TimestampColumn @Nullable OffsetDateTime revokedAt);

    Optional<ApiKeyRow> findById(String id);

    long count();
}
