package dev.atrium.adapter.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ApiKeyRowRepository extends GenericRepository<ApiKeyRow, String> {

    ApiKeyRow save(ApiKeyRow row);

    /**
     * Returns how many rows changed: none when no key has the id. {@code revokedAt} is bound as the
     * row property of that name is (see {@link TimestampColumn}).
     */
    long update(@Id String id, String secretHash, @Nullable OffsetDateTime revokedAt);

    Optional<ApiKeyRow> findById(String id);

    long count();
}
