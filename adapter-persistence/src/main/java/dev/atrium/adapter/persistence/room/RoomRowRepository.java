package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.time.OffsetDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoomRowRepository extends GenericRepository<RoomRow, String>, JpaSpecificationExecutor<RoomRow> {

    RoomRow save(RoomRow row);

    /** Writes only if the stored version is the row's, and returns the row at its next version. */
    RoomRow update(RoomRow row);

    /** Deletes only if the stored version is the row's. */
    void delete(RoomRow row);

    Optional<RoomRow> findByIdAndTenantId(String id, String tenantId);

    Optional<RoomRow> findByTenantIdAndExternalId(String tenantId, String externalId);

    /** The room, locked until the current transaction ends: every change of a live room takes this lock first. */
    Optional<RoomRow> findByIdAndTenantIdForUpdate(String id, String tenantId);

    /** What a live room changes of its room: the status and its times, at the next version. */
    @Query("""
            UPDATE rooms SET status = :status, updated_at = :updatedAt, ended_at = :endedAt, version = version + 1
            WHERE id = :id AND version = :version""")
    long updateStatus(String id, String status, @TimestampColumn OffsetDateTime updatedAt,
                      @TimestampColumn @Nullable OffsetDateTime endedAt, long version);
}
