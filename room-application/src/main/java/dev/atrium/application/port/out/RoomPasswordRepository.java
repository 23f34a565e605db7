package dev.atrium.application.port.out;

import dev.atrium.domain.room.RoomId;

import java.time.Instant;
import java.util.Optional;

/** The password hash of a protected room; a room has one or none. */
public interface RoomPasswordRepository {
    void set(RoomId roomId, String passwordHash, Instant now);

    /** @return whether there was a password */
    boolean remove(RoomId roomId);

    Optional<String> find(RoomId roomId);
}
