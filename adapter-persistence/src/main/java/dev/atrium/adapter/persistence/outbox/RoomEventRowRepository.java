package dev.atrium.adapter.persistence.outbox;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoomEventRowRepository extends GenericRepository<RoomEventRow, String> {

    <S extends RoomEventRow> List<S> saveAll(Iterable<S> rows);

    @Query("""
            SELECT event_id, tenant_id, room_id, sequence, type, occurred_at, payload, published_at FROM room_events
            WHERE published_at IS NULL ORDER BY position LIMIT :limit""")
    List<RoomEventRow> findOldestUnpublished(int limit);

    /** A room's history; ix_room_events_room_sequence (V5) serves it. */
    @Query("""
            SELECT event_id, tenant_id, room_id, sequence, type, occurred_at, payload, published_at FROM room_events
            WHERE room_id = :roomId AND sequence > :afterSeq ORDER BY sequence LIMIT :limit""")
    List<RoomEventRow> findAfter(String roomId, long afterSeq, int limit);

    /** Each room's latest sequence, for the rooms that have events; ix_room_events_room_sequence (V5) serves it. */
    @Query("SELECT room_id, MAX(sequence) AS sequence FROM room_events WHERE room_id IN (:roomIds) GROUP BY room_id")
    List<RoomSequenceRow> findLatestSequences(Collection<String> roomIds);

    @Query("UPDATE room_events SET published_at = :publishedAt WHERE event_id IN (:eventIds) AND published_at IS NULL")
    long markPublished(Collection<String> eventIds, @TimestampColumn OffsetDateTime publishedAt);

    /**
     * Deletes up to {@code limit} events published before {@code cutoff}, the earliest published
     * first and, among those
     * published together, the first appended (ix_room_events_unpublished, V4, serves it); an unpublished event has no publishedAt and
     * is never deleted.
     */
    @Query("""
            DELETE FROM room_events WHERE position IN (
                SELECT position FROM room_events WHERE published_at IS NOT NULL AND published_at < :cutoff
                ORDER BY published_at, position LIMIT :limit)""")
    long deletePublishedBefore(@TimestampColumn OffsetDateTime cutoff, int limit);
}
