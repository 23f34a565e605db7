package dev.atrium.adapter.persistence.room;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

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
}
