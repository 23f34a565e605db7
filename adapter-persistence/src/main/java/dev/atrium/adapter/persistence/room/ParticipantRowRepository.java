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

/**
 * The rows of {@code participants}. The presence columns ({@code last_ping_at},
 * {@code presence_deadline}) have two writers, a change under the room's lock and a ping without it
 * ({@link #extendPresence}); both only ever move them forward ({@code GREATEST}), so neither can undo
 * the other. Every other column is written under the room's lock alone.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ParticipantRowRepository extends GenericRepository<ParticipantRow, String> {

    <S extends ParticipantRow> List<S> saveAll(Iterable<S> rows);

    List<ParticipantRow> findByRoomId(String roomId);

    Optional<ParticipantRow> findByIdAndRoomId(String id, String roomId);

    @Query("DELETE FROM participants WHERE room_id = :roomId AND id IN (:ids)")
    long deleteFromRoom(String roomId, Collection<String> ids);

    /**
     * Writes a participant changed under the room's lock; a ping that committed since the room was
     * loaded keeps its later presence.
     */
    default void updateKeepingLaterPresence(ParticipantRow row) {
        update(row.id(), row.roomId(), row.userRef(), row.name(), row.role(), row.metadata(), row.state(), row.joinedAt(),
                row.lastPingAt(), row.presenceDeadline(), row.inCall(), row.microphone(), row.camera(), row.screen(),
                row.chat(), row.handRaised(), row.publishingGranted());
    }

    @Query("""
            UPDATE participants SET user_ref = :userRef, name = :name, role = :role, metadata = :metadata, state = :state,
                   joined_at = :joinedAt, last_ping_at = GREATEST(last_ping_at, :lastPingAt),
                   presence_deadline = GREATEST(presence_deadline, :presenceDeadline), in_call = :inCall,
                   microphone = :microphone, camera = :camera, screen = :screen, chat = :chat,
                   hand_raised = :handRaised, publishing_granted = :publishingGranted
            WHERE id = :id AND room_id = :roomId""")
    long update(String id, String roomId, String userRef, String name, String role, String metadata, String state,
                @TimestampColumn OffsetDateTime joinedAt, @TimestampColumn OffsetDateTime lastPingAt,
                @TimestampColumn OffsetDateTime presenceDeadline, boolean inCall, boolean microphone, boolean camera,
                boolean screen, boolean chat, boolean handRaised, boolean publishingGranted);

    /**
     * A ping without the room's lock: moves the participant's presence forward while they are present
     * at {@code now} and the room has nothing due at {@code now}; returns the rows written (0 or 1).
     */
    @Query("""
            UPDATE participants SET last_ping_at = GREATEST(last_ping_at, :now),
                   presence_deadline = GREATEST(presence_deadline, :presenceDeadline)
            WHERE id = :id AND room_id = :roomId AND presence_deadline > :now
              AND EXISTS (SELECT 1 FROM live_rooms
                          WHERE live_rooms.room_id = :roomId AND live_rooms.tenant_id = :tenantId
                            AND (live_rooms.next_deadline IS NULL OR live_rooms.next_deadline > :now))""")
    long extendPresence(String tenantId, String roomId, String id, @TimestampColumn OffsetDateTime now,
                        @TimestampColumn OffsetDateTime presenceDeadline);
}
