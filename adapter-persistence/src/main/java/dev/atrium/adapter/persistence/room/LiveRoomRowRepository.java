package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LiveRoomRowRepository extends GenericRepository<LiveRoomRow, String> {

    LiveRoomRow save(LiveRoomRow row);

    LiveRoomRow update(LiveRoomRow row);

    Optional<LiveRoomRow> findById(String roomId);

    List<LiveRoomRow> findByRoomIdIn(Collection<String> roomIds);

    /** Makes the next timer poll look at the room again. */
    @Query("UPDATE live_rooms SET next_deadline = :nextDeadline WHERE room_id = :roomId")
    long updateNextDeadline(String roomId, @TimestampColumn OffsetDateTime nextDeadline);

    @Query("""
            SELECT room_id, tenant_id, activated_at, count_changed_at, idle_since, topology, last_sequence, next_deadline
            FROM live_rooms WHERE next_deadline <= :now ORDER BY next_deadline, room_id LIMIT :limit""")
    List<LiveRoomRow> findDue(@TimestampColumn OffsetDateTime now, int limit);
}
