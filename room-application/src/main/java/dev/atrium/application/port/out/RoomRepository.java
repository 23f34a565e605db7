package dev.atrium.application.port.out;

import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * Storage of rooms. Writes are optimistic: {@link #update} and {@link #delete} succeed only if the
 * stored room is still at the room's version, and fail with
 * {@link dev.atrium.domain.shared.ErrorCode#CONCURRENT_MODIFICATION} otherwise. A taken
 * {@code (tenant, externalId)} fails with {@link dev.atrium.domain.shared.ErrorCode#EXTERNAL_ID_TAKEN},
 * decided by the store itself so that racing writers cannot both win.
 */
public interface RoomRepository {
    /**
     * Stores a new room with its initial members, in one transaction, and returns it as stored. A
     * ONE_TO_ONE room also claims its pair of members: when the tenant already has a room for that
     * pair, nothing is stored and it fails with ONE_TO_ONE_EXISTS (the store decides, so racing
     * creates of one pair give one room).
     */
    Room insert(Room room, InitialMembers members);

    /** The tenant's ONE_TO_ONE room of this pair that has not ended, if any. */
    Optional<Room> findOneToOne(TenantId tenantId, OneToOnePair pair);

    /**
     * Stores a changed room and returns it as stored, with its next version. An ENDED ONE_TO_ONE room
     * gives up its pair in the same transaction, so the two people can have a new room.
     */
    Room update(Room room);

    void delete(Room room);

    Optional<Room> findById(TenantId tenantId, RoomId id);

    Optional<Room> findByExternalId(TenantId tenantId, ExternalId externalId);

    /** Up to {@code limit} rooms matching the query's filters, after its cursor, in its order. */
    List<Room> list(ListRoomsQuery query, int limit);
}
