package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.room.RoomReferences;
import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.SqlFailures;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.adapter.persistence.store.UniqueInserts;
import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.domain.link.PasswordThrottle;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.Secrets;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Password attempts in the {@code password_attempts} table, shared by every node, counted as
 * {@link PasswordThrottle} says. An attempt is judged by the count its own write produced, never by
 * a count read beside it: the first attempt of a window writes a count of 1 (by inserting the row,
 * or by restarting an ended window), and any later one increments the count and reads it back in the
 * same transaction, while its increment still locks the row against every other writer. Each write
 * holds only in the window its writer read; when another writer moved the window on, or inserted the
 * row first, the attempt reads again.
 */
@Singleton
@ReportsStoreOutages
class JdbcPasswordAttempts implements PasswordAttempts {
    /** Each round that fails means another writer's change landed; far fewer rounds than this are needed. */
    private static final int ROUNDS = 20;

    private final PasswordAttemptRowRepository rows;

    JdbcPasswordAttempts(PasswordAttemptRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Duration> recordAttempt(RoomId roomId, String client, Instant now) {
        PasswordAttemptKey key = key(roomId, client);
        for (int round = 0; round < ROUNDS; round++) {
            Optional<PasswordAttemptRow> counted = RoomReferences.writeForRoom(roomId, () -> counted(key, now));
            if (counted.isPresent()) {
                PasswordAttemptRow row = counted.get();
                return PasswordThrottle.retryAfterAttempt(row.attempts(), TimestampColumns.toInstant(row.windowStart()), now);
            }
        }
        throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                "Too many concurrent password attempts on room " + roomId + " to count this one; try again");
    }

    @Override
    public void clear(RoomId roomId, String client) {
        rows.deleteById(key(roomId, client));
    }

    /** One round of counting an attempt: the row as this attempt left it, or empty when another writer changed it first. */
    private Optional<PasswordAttemptRow> counted(PasswordAttemptKey key, Instant now) {
        try {
            Optional<PasswordAttemptRow> seen = rows.findById(key);
            PasswordAttemptRow firstOfWindow = new PasswordAttemptRow(key, 1, TimestampColumns.toColumn(now));
            if (seen.isEmpty()) {
                boolean inserted = UniqueInserts.insertUnlessTaken(() -> rows.save(firstOfWindow));
                return inserted ? Optional.of(firstOfWindow) : Optional.empty();
            }
            OffsetDateTime seenWindowStart = seen.get().windowStart();
            if (PasswordThrottle.startsNewWindow(TimestampColumns.toInstant(seenWindowStart), now)) {
                return rows.startWindow(key.roomId(), key.clientHash(), seenWindowStart, firstOfWindow.windowStart()) > 0
                        ? Optional.of(firstOfWindow)
                        : Optional.empty();
            }
            return incremented(key, seenWindowStart);
        } catch (DataAccessException e) {
            if (SqlFailures.isConcurrentUpdate(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Counts the attempt in the window its caller saw and reads the count back before the increment
     * commits, so no other attempt's increment can come in between. Not private: Micronaut's
     * compile-time proxy is a subclass, so a call from within this class opens the transaction too.
     */
    @Transactional
    Optional<PasswordAttemptRow> incremented(PasswordAttemptKey key, OffsetDateTime seenWindowStart) {
        if (rows.countAttempt(key.roomId(), key.clientHash(), seenWindowStart) == 0) {
            return Optional.empty();
        }
        return rows.findById(key);
    }

    private static PasswordAttemptKey key(RoomId roomId, String client) {
        return new PasswordAttemptKey(roomId.value(), Secrets.sha256(client));
    }
}
