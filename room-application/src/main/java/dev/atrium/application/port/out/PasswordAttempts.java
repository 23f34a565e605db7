package dev.atrium.application.port.out;

import dev.atrium.domain.room.RoomId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed password attempts per room and client, shared by every node, counted as
 * {@link dev.atrium.domain.link.PasswordThrottle} says.
 */
public interface PasswordAttempts {
    /** How long {@code client} must wait before trying a password on the room again; empty if it may try now. */
    Optional<Duration> retryAfter(RoomId roomId, String client, Instant now);

    void recordFailure(RoomId roomId, String client, Instant now);

    void clear(RoomId roomId, String client);
}
