package dev.atrium.application.port.out;

import dev.atrium.domain.room.RoomId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Password attempts per room and client, shared by every node, counted as
 * {@link dev.atrium.domain.link.PasswordThrottle} says: every attempt counts until a right password
 * clears the count.
 */
public interface PasswordAttempts {
    /**
     * Counts one password attempt of {@code client} on the room, atomically across nodes, BEFORE the
     * password is checked, and returns how long the client must wait when the failures counted
     * before this attempt already used up its tries (then the password must not be checked at all).
     * Counting first is what keeps a burst of parallel guesses from all passing a read-only check.
     */
    Optional<Duration> recordAttempt(RoomId roomId, String client, Instant now);

    /** Forgets the client's attempts on the room: its password was right. */
    void clear(RoomId roomId, String client);
}
