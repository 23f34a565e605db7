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
 * Storage of rooms: a new room, and the reads. A stored room changes only through
 * {@link LiveRoomRepository}, under the room's lock (docs/adr/0013-one-way-to-change-a-room.md). A
 * taken {@code (tenant, externalId)} fails with
 * {@link dev.atrium.domain.shared.ErrorCode#EXTERNAL_ID_TAKEN}, decided by the store itself so that
 * racing writers cannot both win.
 */
public interface RoomRepository {
    /**
     * Stores a new room with its initial members, in one transaction, and returns it as stored. A
     * ONE_TO_ONE room also claims its pair of members: when the tenant already has a room for that
     * pair, nothing is stored and it fails with ONE_TO_ONE_EXISTS (the store decides, so racing
     * creates of one pair give one room). A random value of the room that another room holds (its SIP
     * meeting id) is a clash the {@link UnitOfWork} resolves by running its work, and so the draw, again.
     */
    Room insert(Room room, InitialMembers members);

    /** The tenant's ONE_TO_ONE room of this pair that has not ended, if any. */
    Optional<Room> findOneToOne(TenantId tenantId, OneToOnePair pair);

    Optional<Room> findById(TenantId tenantId, RoomId id);

    Optional<Room> findByExternalId(TenantId tenantId, ExternalId externalId);

    /** Up to {@code limit} rooms matching the query's filters, after its cursor, in its order. */
    List<Room> list(ListRoomsQuery query, int limit);
}
