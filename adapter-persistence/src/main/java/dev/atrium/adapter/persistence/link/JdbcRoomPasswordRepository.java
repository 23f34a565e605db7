package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.room.RoomReferences;
import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.adapter.persistence.store.UniqueInserts;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/** Room passwords in the {@code room_passwords} table, which loses a room's password with the room. */
@Singleton
@ReportsStoreOutages
class JdbcRoomPasswordRepository implements RoomPasswordRepository {
    /** Each round that fails means another writer succeeded; a few are plenty. */
    private static final int ROUNDS = 5;

    private final RoomPasswordRowRepository rows;

    JdbcRoomPasswordRepository(RoomPasswordRowRepository rows) {
        this.rows = rows;
    }

    /**
     * Replaces the password, or stores the first. Two nodes setting the first password at once both
     * find no row to replace; the primary key lets one insert, and the other goes round again and
     * replaces it, as if it had come second.
     */
    @Override
    public void set(RoomId roomId, String passwordHash, Instant now) {
        RoomPasswordRow row = new RoomPasswordRow(roomId.value(), passwordHash, TimestampColumns.toColumn(now));
        for (int round = 0; round < ROUNDS; round++) {
            if (rows.update(row.roomId(), row.passwordHash(), row.setAt()) > 0
                    || RoomReferences.writeForRoom(roomId, () -> UniqueInserts.insertUnlessTaken(() -> rows.save(row)))) {
                return;
            }
        }
        throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                "The password of room " + roomId + " kept being set and removed by others; try again");
    }

    @Override
    public boolean remove(RoomId roomId) {
        return rows.deleteById(roomId.value()) > 0;
    }

    @Override
    public Optional<String> find(RoomId roomId) {
        return rows.findById(roomId.value()).map(RoomPasswordRow::passwordHash);
    }
}
