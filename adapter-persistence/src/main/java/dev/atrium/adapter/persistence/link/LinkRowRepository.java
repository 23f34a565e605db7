package dev.atrium.adapter.persistence.link;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LinkRowRepository extends GenericRepository<LinkRow, String> {

    LinkRow save(LinkRow row);

    /** Stores a revocation and nothing else: the count of uses is only ever changed by {@link #consumeUse}. */
    long update(@Id String id, @Nullable OffsetDateTime revokedAt);

    Optional<LinkRow> findByTokenHash(String tokenHash);

    Optional<LinkRow> findByIdAndTenantId(String id, String tenantId);

    List<LinkRow> findByRoomIdOrderById(String roomId);

    /** Counts a use if the link is still usable; returns 0 when it is revoked or used up. */
    @Query("""
            UPDATE public_links SET uses = uses + 1
            WHERE id = :id AND revoked_at IS NULL AND (max_uses IS NULL OR uses < max_uses)""")
    long consumeUse(String id);
}
