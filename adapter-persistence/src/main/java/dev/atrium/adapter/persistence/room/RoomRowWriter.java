package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.OptimisticWrites;
import dev.atrium.adapter.persistence.store.SqlFailures;
import dev.atrium.adapter.persistence.store.UniqueInserts;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * The one writer of the {@code rooms} row and of a ONE_TO_ONE room's claim on its pair: a new room
 * claims its pair, an ENDED room gives it up in the same transaction, a deleted room takes it (and,
 * by the schema's cascades, everything else of the room) with it. Writes after the insert run under
 * the room's lock ({@link JdbcLiveRoomRepository}); the version still moves with each, for ETags.
 */
@Singleton
class RoomRowWriter {
    private static final String EXTERNAL_ID_CONSTRAINT = "uq_rooms_tenant_external_id";

    private final RoomRowRepository rows;
    private final OneToOneRoomRowRepository pairs;
    private final RoomRowMapper mapper;

    RoomRowWriter(RoomRowRepository rows, OneToOneRoomRowRepository pairs, RoomRowMapper mapper) {
        this.rows = rows;
        this.pairs = pairs;
        this.mapper = mapper;
    }

    Room insert(Room room) {
        return mapper.toRoom(write(room, () -> rows.save(mapper.toRow(room))), room.topologyInUse());
    }

    /** The room was inserted just before, so the pair is the only key of the claim that can be taken. */
    void claim(Room room, OneToOnePair pair) {
        OneToOneRoomRow claim = new OneToOneRoomRow(room.id().value(), room.tenantId().value(), pair.key());
        if (!UniqueInserts.insertUnlessTaken(() -> pairs.save(claim))) {
            throw new ConflictException(ErrorCode.ONE_TO_ONE_EXISTS,
                    "The tenant has a ONE_TO_ONE room for " + pair.first() + " and " + pair.second());
        }
    }

    /** Returns the room at its next version. */
    Room update(Room room) {
        RoomRow stored = write(room, () -> rows.update(mapper.toRow(room)));
        if (room.status() == RoomStatus.ENDED) {
            pairs.deleteByRoomId(room.id().value());
        }
        return mapper.toRoom(stored, room.topologyInUse());
    }

    void delete(Room room) {
        write(room, () -> {
            rows.delete(mapper.toRow(room));
            return null;
        });
    }

    /**
     * A taken externalId is the caller's conflict. A taken SIP meeting id is left to the unit of work,
     * which runs the work, and so the random draw, again ({@link SqlFailures#isTransientClash}). A
     * stale version cannot happen under the lock; should it, it is a conflict, never a lost write.
     */
    private static <T> T write(Room room, Supplier<T> statement) {
        return OptimisticWrites.run(() -> {
            try {
                return statement.get();
            } catch (DataAccessException e) {
                if (SqlFailures.isUniqueViolationOf(e, EXTERNAL_ID_CONSTRAINT)) {
                    throw new ConflictException(ErrorCode.EXTERNAL_ID_TAKEN,
                            "externalId '" + room.settings().externalId() + "' is taken by another room of the tenant");
                }
                throw e;
            }
        }, () -> new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                "Room " + room.id() + " was changed or deleted since it was read at version " + room.version()));
    }
}
