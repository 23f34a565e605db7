package dev.atrium.adapter.persistence.member;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MemberRowRepository extends GenericRepository<MemberRow, MemberKey> {

    MemberRow save(MemberRow row);

    /** Writes only if the stored version is the row's, and returns the row at its next version. */
    MemberRow update(MemberRow row);

    /** Deletes only if the stored version is the row's. */
    void delete(MemberRow row);

    Optional<MemberRow> findById(MemberKey key);

    /** Owners first, then in the order members were added. */
    @Query("""
            SELECT room_id, user_ref, display_name, email, role, added_at, version FROM room_members
            WHERE room_id = :roomId
            ORDER BY CASE WHEN role = 'OWNER' THEN 0 ELSE 1 END, added_seq""")
    List<MemberRow> listByRoom(String roomId);
}
