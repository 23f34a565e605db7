package dev.atrium.adapter.persistence;

import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Tenants and rooms stored through the adapter, for the suites whose rows belong to a room. Ids are
 * unseeded random, so suites sharing a database never collide.
 */
public final class StoredRooms {
    private final RoomRepository rooms;
    private final TenantRepository tenants;
    private final LiveChanges changes;
    private final Instant now;
    private final RandomGenerator random = new SplittableRandom();

    public StoredRooms(PersistenceContext context, Instant now) {
        this.rooms = context.bean(RoomRepository.class);
        this.tenants = context.bean(TenantRepository.class);
        this.changes = new LiveChanges(context);
        this.now = now;
    }

    public TenantId newTenant() {
        TenantId id = TenantId.next(now, random);
        tenants.insert(Tenant.create(id, "Tenant " + id, now));
        return id;
    }

    /** A stored room of a new tenant, without members. */
    public Room newRoom(RoomDraft draft) {
        return newRoom(newTenant(), draft, List.of());
    }

    public Room newRoom(TenantId tenant, RoomDraft draft, List<MemberDraft> members) {
        Room room = Room.create(RoomId.next(now, random), tenant, draft, now, random);
        return rooms.insert(room, InitialMembers.of(room, members, now));
    }

    public void delete(Room room) {
        changes.delete(room);
    }
}
