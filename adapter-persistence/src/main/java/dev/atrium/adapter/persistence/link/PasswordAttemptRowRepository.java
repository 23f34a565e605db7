package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The writes change a row only in the window its writer read ({@code seenWindowStart}), so a writer
 * that raced with another learns it from a count of 0 and reads again.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PasswordAttemptRowRepository extends GenericRepository<PasswordAttemptRow, PasswordAttemptKey> {

    PasswordAttemptRow save(PasswordAttemptRow row);

    Optional<PasswordAttemptRow> findById(PasswordAttemptKey key);

    @Query("""
            UPDATE password_attempts SET attempts = attempts + 1
            WHERE room_id = :roomId AND client_hash = :clientHash AND window_start = :seenWindowStart""")
    long countAttempt(String roomId, String clientHash, @TimestampColumn OffsetDateTime seenWindowStart);

    @Query("""
            UPDATE password_attempts SET attempts = 1, window_start = :windowStart
            WHERE room_id = :roomId AND client_hash = :clientHash AND window_start = :seenWindowStart""")
    long startWindow(String roomId, String clientHash, @TimestampColumn OffsetDateTime seenWindowStart,
                     @TimestampColumn OffsetDateTime windowStart);

    void deleteById(PasswordAttemptKey key);
}
