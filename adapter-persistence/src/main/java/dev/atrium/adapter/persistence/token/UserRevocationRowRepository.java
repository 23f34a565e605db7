package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRevocationRowRepository extends GenericRepository<UserRevocationRow, UserRevocationKey> {

    UserRevocationRow save(UserRevocationRow row);

    Optional<UserRevocationRow> findById(UserRevocationKey key);

    /** Moves the marker forward to {@code revokedBefore}; never back. */
    @Query("""
            UPDATE user_token_revocations SET revoked_before = :revokedBefore
            WHERE tenant_id = :tenantId AND room_id = :roomId AND user_ref = :userRef AND revoked_before < :revokedBefore""")
    long moveForward(String tenantId, String roomId, String userRef, @TimestampColumn OffsetDateTime revokedBefore);
}
