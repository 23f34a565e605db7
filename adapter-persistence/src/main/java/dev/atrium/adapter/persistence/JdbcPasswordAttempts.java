package dev.atrium.adapter.persistence;

import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.domain.link.PasswordThrottle;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.Secrets;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Wrong password attempts in the {@code password_attempts} table, shared by every node, counted as
 * {@link PasswordThrottle} says. A failure is one atomic increment of the window its writer read;
 * when the row is missing, or the window moved on meanwhile, the writer reads again, so concurrent
 * failures on several nodes are all counted.
 */
@Singleton
class JdbcPasswordAttempts implements PasswordAttempts {
    /** Each round that fails means another writer's change landed; far fewer rounds than this are needed. */
    private static final int ROUNDS = 20;

    private final PasswordAttemptRowRepository rows;

    JdbcPasswordAttempts(PasswordAttemptRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Duration> retryAfter(RoomId roomId, String client, Instant now) {
        return rows.findById(key(roomId, client))
                .flatMap(row -> PasswordThrottle.retryAfter(row.failures(), TimestampColumns.toInstant(row.windowStart()), now));
    }

    @Override
    public void recordFailure(RoomId roomId, String client, Instant now) {
        PasswordAttemptKey key = key(roomId, client);
        for (int round = 0; round < ROUNDS; round++) {
            if (RoomReferences.writeForRoom(roomId, () -> counted(key, now))) {
                return;
            }
        }
        throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                "Too many concurrent password attempts on room " + roomId + " to count this one; try again");
    }

    @Override
    public void clear(RoomId roomId, String client) {
        rows.deleteById(key(roomId, client));
    }

    /** One round of counting a failure; false when another writer changed the row first. */
    private boolean counted(PasswordAttemptKey key, Instant now) {
        OffsetDateTime at = TimestampColumns.toColumn(now);
        try {
            Optional<PasswordAttemptRow> current = rows.findById(key);
            if (current.isEmpty()) {
                return UniqueInserts.insertUnlessTaken(() -> rows.save(new PasswordAttemptRow(key, 1, at)));
            }
            OffsetDateTime seen = current.get().windowStart();
            if (PasswordThrottle.startsNewWindow(TimestampColumns.toInstant(seen), now)) {
                return rows.startWindow(key.roomId(), key.clientHash(), seen, at) > 0;
            }
            return rows.countFailure(key.roomId(), key.clientHash(), seen) > 0;
        } catch (DataAccessException e) {
            if (SqlFailures.isConcurrentUpdate(e)) {
                return false;
            }
            throw e;
        }
    }

    private static PasswordAttemptKey key(RoomId roomId, String client) {
        return new PasswordAttemptKey(roomId.value(), Secrets.sha256(client));
    }
}
