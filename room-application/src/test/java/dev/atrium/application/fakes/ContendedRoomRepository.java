package dev.atrium.application.fakes;

import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.util.List;
import java.util.Optional;

/**
 * A {@link RoomRepository} whose next insert can lose a race, to a rival whose transaction stores
 * its own room first and commits (for a ONE_TO_ONE pair: ONE_TO_ONE_EXISTS). Reads go straight through.
 */
public final class ContendedRoomRepository implements RoomRepository {
    private final InMemoryRoomRepository store;
    private Runnable rivalInsert = () -> { };

    public ContendedRoomRepository(InMemoryRoomRepository store) {
        this.store = store;
    }

    /** Makes the next insert lose to a rival that stores {@code rival} with {@code members} just before it. */
    public synchronized void loseNextInsertTo(Room rival, InitialMembers members) {
        rivalInsert = () -> store.insertCommittedElsewhere(rival, members);
    }

    @Override
    public Room insert(Room room, InitialMembers members) {
        rivalInsertsFirst();
        return store.insert(room, members);
    }

    @Override
    public Optional<Room> findOneToOne(TenantId tenantId, OneToOnePair pair) {
        return store.findOneToOne(tenantId, pair);
    }

    @Override
    public Optional<Room> findById(TenantId tenantId, RoomId id) {
        return store.findById(tenantId, id);
    }

    @Override
    public Optional<Room> findByExternalId(TenantId tenantId, ExternalId externalId) {
        return store.findByExternalId(tenantId, externalId);
    }

    @Override
    public List<Room> list(ListRoomsQuery query, int limit) {
        return store.list(query, limit);
    }

    private synchronized void rivalInsertsFirst() {
        Runnable rival = rivalInsert;
        rivalInsert = () -> { };
        rival.run();
    }
}
