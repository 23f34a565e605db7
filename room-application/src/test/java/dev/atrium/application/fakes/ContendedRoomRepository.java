package dev.atrium.application.fakes;

import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link RoomRepository} whose next writes lose a race: just before each of them a rival writer
 * loads the stored room, changes it and saves it, so the write meets a newer version and fails
 * with CONCURRENT_MODIFICATION as the real store would. The next insert can lose too, to a rival
 * that stores its own room first (for a ONE_TO_ONE pair: ONE_TO_ONE_EXISTS). Reads go straight through.
 */
public final class ContendedRoomRepository implements RoomRepository {
    private final InMemoryRoomRepository store;
    private int racesLeft;
    private int clashesLeft;
    private Consumer<Room> rivalChange = room -> { };
    private Runnable rivalInsert = () -> { };

    public ContendedRoomRepository(InMemoryRoomRepository store) {
        this.store = store;
    }

    /**
     * Makes the next {@code writes} updates or deletes lose to a rival that applies {@code change}
     * to the stored room (a change may also be none: the rival's save alone moves the version on).
     */
    public synchronized void loseNextWrites(int writes, Consumer<Room> change) {
        racesLeft = writes;
        rivalChange = change;
    }

    /** Makes the next insert lose to a rival that stores {@code rival} with {@code members} just before it. */
    public synchronized void loseNextInsertTo(Room rival, InitialMembers members) {
        rivalInsert = () -> store.insert(rival, members);
    }

    /**
     * Makes the next {@code inserts} inserts fail as a clash of the random SIP dial-in number does in
     * the real store: CONCURRENT_MODIFICATION, nothing stored.
     */
    public synchronized void clashNextInserts(int inserts) {
        clashesLeft = inserts;
    }

    @Override
    public Room insert(Room room, InitialMembers members) {
        synchronized (this) {
            if (clashesLeft > 0) {
                clashesLeft--;
                throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "dial-in number taken");
            }
        }
        rivalInsertsFirst();
        return store.insert(room, members);
    }

    @Override
    public Optional<Room> findOneToOne(TenantId tenantId, OneToOnePair pair) {
        return store.findOneToOne(tenantId, pair);
    }

    @Override
    public Room update(Room room) {
        rivalWritesFirst(room);
        return store.update(room);
    }

    @Override
    public void delete(Room room) {
        rivalWritesFirst(room);
        store.delete(room);
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

    private synchronized void rivalWritesFirst(Room room) {
        if (racesLeft == 0) {
            return;
        }
        racesLeft--;
        store.findById(room.tenantId(), room.id()).ifPresent(stored -> {
            rivalChange.accept(stored);
            store.update(stored);
        });
    }
}
