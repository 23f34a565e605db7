package dev.atrium.application.fakes;

import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link RoomRepository} in memory that keeps the contract of the real one: snapshots (a loaded
 * room is a copy), optimistic versions, one externalId per tenant, one ONE_TO_ONE room per pair,
 * and a deleted room takes its members and its claim on a pair with it.
 */
public final class InMemoryRoomRepository implements RoomRepository {
    private final Map<String, Room> rooms = new ConcurrentSkipListMap<>();
    private final Map<String, RoomId> oneToOneRooms = new ConcurrentHashMap<>();
    private final InMemoryMemberRepository members;
    private final Map<String, Room> committedElsewhere = new ConcurrentHashMap<>();
    private final Map<String, RoomId> pairsCommittedElsewhere = new ConcurrentHashMap<>();

    public InMemoryRoomRepository() {
        this(new InMemoryMemberRepository());
    }

    /** Stores the members a room is created with into {@code members}, as the real store does in one transaction. */
    public InMemoryRoomRepository(InMemoryMemberRepository members) {
        this.members = members;
    }

    @Override
    public synchronized Room insert(Room room, InitialMembers initialMembers) {
        if (rooms.containsKey(room.id().value())) {
            throw new IllegalStateException("room exists: " + room.id());
        }
        requireExternalIdFree(room);
        Optional<String> pairKey = initialMembers.pair().map(pair -> room.tenantId() + "|" + pair.key());
        if (pairKey.isPresent() && oneToOneRooms.containsKey(pairKey.get())) {
            throw new ConflictException(ErrorCode.ONE_TO_ONE_EXISTS, "the pair has a room");
        }
        Room stored = copy(room, 0);
        rooms.put(room.id().value(), stored);
        pairKey.ifPresent(key -> oneToOneRooms.put(key, room.id()));
        initialMembers.members().forEach(members::insert);
        return copy(stored, stored.version());
    }

    /** Stores a room made in a test, with no members. */
    public Room insert(Room room) {
        return insert(room, new InitialMembers(List.of(), Optional.empty()));
    }

    @Override
    public Optional<Room> findOneToOne(TenantId tenantId, OneToOnePair pair) {
        return Optional.ofNullable(oneToOneRooms.get(tenantId + "|" + pair.key()))
                .flatMap(id -> findById(tenantId, id));
    }

    /** A changed room at its next version: {@link InMemoryLiveRoomRepository} writes it, as the real store's live rooms do. */
    synchronized Room update(Room room) {
        Room current = rooms.get(room.id().value());
        if (current == null || current.version() != room.version()) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "stale room " + room.id());
        }
        requireExternalIdFree(room);
        Room stored = copy(room, room.version() + 1);
        rooms.put(room.id().value(), stored);
        if (room.status() == RoomStatus.ENDED) {
            oneToOneRooms.values().remove(room.id());
        }
        return copy(stored, stored.version());
    }

    /**
     * Keeps the topology the room's session runs on, as the live room's own storage does: the
     * room's version stays.
     */
    public synchronized void storeSessionTopology(Room room) {
        rooms.computeIfPresent(room.id().value(), (id, stored) -> Room.reconstitute(stored.id(), stored.tenantId(),
                stored.settings(), stored.sip(), stored.status(), stored.createdAt(), stored.updatedAt(),
                stored.endedAt(), stored.version(), room.topologyInUse()));
    }

    /** Deletes the room with its members and its claim: for {@link InMemoryLiveRoomRepository}. */
    synchronized void delete(Room room) {
        Room current = rooms.get(room.id().value());
        if (current == null || current.version() != room.version()) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "stale room " + room.id());
        }
        rooms.remove(room.id().value());
        oneToOneRooms.values().remove(room.id());
        members.deleteAllOf(room.id());
    }

    @Override
    public Optional<Room> findById(TenantId tenantId, RoomId id) {
        return Optional.ofNullable(rooms.get(id.value()))
                .filter(room -> room.tenantId().equals(tenantId))
                .map(room -> copy(room, room.version()));
    }

    @Override
    public Optional<Room> findByExternalId(TenantId tenantId, ExternalId externalId) {
        return rooms.values().stream()
                .filter(room -> room.tenantId().equals(tenantId) && externalId.equals(room.settings().externalId()))
                .findFirst()
                .map(room -> copy(room, room.version()));
    }

    @Override
    public List<Room> list(ListRoomsQuery query, int limit) {
        boolean descending = query.order() == ListRoomsQuery.SortOrder.DESC;
        Comparator<Room> byId = Comparator.comparing(room -> room.id().value());
        return rooms.values().stream()
                .filter(room -> room.tenantId().equals(query.tenantId()))
                .filter(room -> query.status() == null || room.status() == query.status())
                .filter(room -> query.type() == null || room.settings().type() == query.type())
                .filter(room -> query.externalId() == null || query.externalId().equals(room.settings().externalId()))
                .filter(room -> query.cursor() == null || (descending
                        ? room.id().value().compareTo(query.cursor().lastId().value()) < 0
                        : room.id().value().compareTo(query.cursor().lastId().value()) > 0))
                .sorted(descending ? byId.reversed() : byId)
                .limit(limit)
                .map(room -> copy(room, room.version()))
                .toList();
    }

    /**
     * A way back to the rooms as they are now: for {@link InMemoryUnitOfWork}. Restoring never
     * empties the maps on the way, so a reader outside the transaction never misses a room that
     * existed before and after it.
     */
    public synchronized Runnable snapshot() {
        Map<String, Room> roomsCopy = Map.copyOf(rooms);
        Map<String, RoomId> pairsCopy = Map.copyOf(oneToOneRooms);
        return () -> {
            synchronized (this) {
                restore(rooms, roomsCopy);
                restore(oneToOneRooms, pairsCopy);
                rooms.putAll(committedElsewhere);
                oneToOneRooms.putAll(pairsCommittedElsewhere);
            }
        };
    }

    /**
     * Stores a room as a rival's transaction does that committed while the caller's was open: a
     * rollback of the caller's transaction keeps it.
     */
    synchronized void insertCommittedElsewhere(Room room, InitialMembers initialMembers) {
        Room stored = insert(room, initialMembers);
        committedElsewhere.put(stored.id().value(), stored);
        initialMembers.pair().ifPresent(pair -> pairsCommittedElsewhere.put(room.tenantId() + "|" + pair.key(), room.id()));
    }

    private static <V> void restore(Map<String, V> live, Map<String, V> saved) {
        live.keySet().retainAll(saved.keySet());
        live.putAll(saved);
    }

    /** Every stored room, as its tenant would read it. */
    public synchronized List<Room> all() {
        return rooms.values().stream().map(room -> copy(room, room.version())).toList();
    }

    public int size() {
        return rooms.size();
    }

    private void requireExternalIdFree(Room room) {
        ExternalId externalId = room.settings().externalId();
        if (externalId == null) {
            return;
        }
        boolean taken = rooms.values().stream().anyMatch(other -> !other.id().equals(room.id())
                && other.tenantId().equals(room.tenantId())
                && externalId.equals(other.settings().externalId()));
        if (taken) {
            throw new ConflictException(ErrorCode.EXTERNAL_ID_TAKEN, "externalId '" + externalId + "' is taken");
        }
    }

    private static Room copy(Room room, long version) {
        Objects.requireNonNull(room);
        return Room.reconstitute(room.id(), room.tenantId(), room.settings(), room.sip(), room.status(),
                room.createdAt(), room.updatedAt(), room.endedAt(), version, room.topologyInUse());
    }
}
