package dev.atrium.adapter.persistence.room;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ParticipantRowRepository extends GenericRepository<ParticipantRow, String> {

    <S extends ParticipantRow> List<S> saveAll(Iterable<S> rows);

    <S extends ParticipantRow> List<S> updateAll(Iterable<S> rows);

    List<ParticipantRow> findByRoomId(String roomId);

    @Query("DELETE FROM participants WHERE room_id = :roomId AND id IN (:ids)")
    long deleteFromRoom(String roomId, Collection<String> ids);
}
