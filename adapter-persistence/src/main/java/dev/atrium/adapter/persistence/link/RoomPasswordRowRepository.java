package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoomPasswordRowRepository extends GenericRepository<RoomPasswordRow, String> {

    RoomPasswordRow save(RoomPasswordRow row);

    /** Returns how many rows changed: none when the room has no password. */
    long update(@Id String roomId, String passwordHash, @TimestampColumn OffsetDateTime setAt);

    Optional<RoomPasswordRow> findById(String roomId);

    long deleteById(String roomId);
}
