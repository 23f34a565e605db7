package dev.atrium.adapter.persistence.room;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OneToOneRoomRowRepository extends GenericRepository<OneToOneRoomRow, String> {

    OneToOneRoomRow save(OneToOneRoomRow row);

    Optional<OneToOneRoomRow> findByTenantIdAndPairKey(String tenantId, String pairKey);

    void deleteByRoomId(String roomId);
}
