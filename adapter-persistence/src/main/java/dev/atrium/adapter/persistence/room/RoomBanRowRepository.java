package dev.atrium.adapter.persistence.room;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RoomBanRowRepository extends GenericRepository<RoomBanRow, RoomBanKey> {

    <S extends RoomBanRow> List<S> saveAll(Iterable<S> rows);

    @Query("SELECT user_ref FROM room_bans WHERE room_id = :roomId")
    List<String> findUserRefsOfRoom(String roomId);
}
