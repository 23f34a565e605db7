package dev.atrium.application.fakes;

import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.domain.room.RoomId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Room password hashes in memory; a room has one or none. */
public final class InMemoryRoomPasswordRepository implements RoomPasswordRepository {
    private final Map<RoomId, String> hashes = new ConcurrentHashMap<>();

    @Override
    public void set(RoomId roomId, String passwordHash, Instant now) {
        hashes.put(roomId, passwordHash);
    }

    @Override
    public boolean remove(RoomId roomId) {
        return hashes.remove(roomId) != null;
    }

    @Override
    public Optional<String> find(RoomId roomId) {
        return Optional.ofNullable(hashes.get(roomId));
    }
}
