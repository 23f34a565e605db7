package dev.atrium.application.fakes;

import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.StoreUnavailableException;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.LiveRoomChangeSet;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.SessionClocks;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Live rooms in memory, over the rooms of an {@link InMemoryRoomRepository}: the room is written
 * back to it when the live room changed it (the only writer of a stored room, as in the real store),
 * its topology in use always, and recorded events go to an
 * {@link InMemoryEventOutbox}. The lock is the {@link InMemoryUnitOfWork}'s.
 */
public final class InMemoryLiveRoomRepository implements LiveRoomRepository, InMemoryUnitOfWork.Participant {
    private record Stored(SessionClocks clocks, Map<ParticipantId, Participant> participants, Set<UserRef> bans,
                          Instant nextDeadline) {
        Stored copy() {
            return new Stored(clocks, new LinkedHashMap<>(participants), new HashSet<>(bans), nextDeadline);
        }
    }

    private final InMemoryRoomRepository rooms;
    private final InMemoryEventOutbox outbox;
    private final Map<RoomId, Stored> live = new HashMap<>();

    private boolean reachable = true;

    public InMemoryLiveRoomRepository(InMemoryRoomRepository rooms, InMemoryEventOutbox outbox) {
        this.rooms = rooms;
        this.outbox = outbox;
    }

    /** While unreachable, locking a room and polling for due rooms fail as a store that is away does. */
    public synchronized void reachable(boolean reachable) {
        this.reachable = reachable;
    }

    @Override
    public synchronized Optional<LiveRoom> lockForChange(TenantId tenantId, RoomId roomId) {
        requireReachable();
        return find(tenantId, roomId);
    }

    @Override
    public synchronized Room save(LiveRoom room, Instant nextDeadline) {
        LiveRoomChangeSet changes = room.changesSinceLoaded();
        Room stored = changes.roomChanged() ? rooms.update(room.room()) : room.room();
        rooms.storeSessionTopology(room.room());
        Stored previous = storedOf(room.room());
        Map<ParticipantId, Participant> participants = new LinkedHashMap<>(previous.participants());
        changes.departed().forEach(participants::remove);
        changes.changed().forEach(p -> participants.put(p.id(), keepingLaterPresence(participants.get(p.id()), p)));
        changes.arrived().forEach(p -> participants.put(p.id(), p));
        Set<UserRef> bans = new HashSet<>(previous.bans());
        bans.addAll(changes.newBans());
        live.put(room.room().id(), new Stored(room.clocks(), participants, bans, nextDeadline));
        outbox.append(room.recordedEvents());
        return stored;
    }

    /** As the real store does: a ping without the lock, which only moves presence forward. */
    @Override
    public synchronized Optional<Participant> extendPresence(TenantId tenantId, RoomId roomId, ParticipantId participantId,
                                                          Instant now, Instant presenceDeadline) {
        requireReachable();
        Stored stored = live.get(roomId);
        if (stored == null || rooms.findById(tenantId, roomId).isEmpty()
                || (stored.nextDeadline() != null && !stored.nextDeadline().isAfter(now))) {
            return Optional.empty();
        }
        Participant present = stored.participants().get(participantId);
        if (present == null || !present.presenceDeadline().isAfter(now)) {
            return Optional.empty();
        }
        Participant pinged = keepingLaterPresence(present, withPresence(present, now, presenceDeadline));
        stored.participants().put(participantId, pinged);
        return Optional.of(pinged);
    }

    /** {@code saved}, with the later last ping and presence deadline of it and {@code stored}. */
    private static Participant keepingLaterPresence(Participant stored, Participant saved) {
        if (stored == null) {
            return saved;
        }
        return withPresence(saved, later(stored.lastPingAt(), saved.lastPingAt()),
                later(stored.presenceDeadline(), saved.presenceDeadline()));
    }

    private static Participant withPresence(Participant p, Instant lastPingAt, Instant presenceDeadline) {
        return new Participant(p.id(), p.userRef(), p.name(), p.role(), p.metadata(), p.state(), p.joinedAt(),
                lastPingAt, presenceDeadline, p.inCall(), p.media(), p.handRaised(), p.publishingGranted());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public synchronized void delete(LiveRoom room) {
        rooms.delete(room.room());
        live.remove(room.room().id());
    }

    @Override
    public synchronized Optional<LiveRoom> find(TenantId tenantId, RoomId roomId) {
        return rooms.findById(tenantId, roomId).map(room -> {
            Stored stored = storedOf(room);
            return LiveRoom.reconstitute(room, stored.clocks(), List.copyOf(stored.participants().values()), stored.bans());
        });
    }

    @Override
    public synchronized List<DueRoom> dueAt(Instant now, int limit) {
        requireReachable();
        record Due(Room room, Instant deadline) {
        }
        return rooms.all().stream()
                .map(room -> new Due(room, deadlineOf(room)))
                .filter(due -> due.deadline() != null && !due.deadline().isAfter(now))
                .sorted(Comparator.comparing(Due::deadline))
                .limit(limit)
                .map(due -> new DueRoom(due.room().tenantId(), due.room().id()))
                .toList();
    }

    private void requireReachable() {
        if (!reachable) {
            throw new StoreUnavailableException("The in-memory store is unreachable", null);
        }
    }

    /** A room never saved here is due as a new room is stored: its idle timers count from its creation. */
    private Instant deadlineOf(Room room) {
        Stored stored = live.get(room.id());
        if (stored != null) {
            return stored.nextDeadline();
        }
        return LiveRoom.reconstitute(room, storedOf(room).clocks(), List.of(), Set.of()).nextDeadline(room.createdAt());
    }

    /** When the room's timers are next due, as last saved. */
    public synchronized Optional<Instant> nextDeadline(RoomId roomId) {
        return Optional.ofNullable(live.get(roomId)).map(Stored::nextDeadline);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<RoomId, Stored> copy = new HashMap<>();
        live.forEach((id, stored) -> copy.put(id, stored.copy()));
        Runnable roomsBack = rooms.snapshot();
        return () -> {
            synchronized (this) {
                live.clear();
                live.putAll(copy);
            }
            roomsBack.run();
        };
    }

    private Stored storedOf(Room room) {
        return live.getOrDefault(room.id(), new Stored(SessionClocks.idle(room.createdAt()),
                Map.of(), Set.of(), null));
    }
}
