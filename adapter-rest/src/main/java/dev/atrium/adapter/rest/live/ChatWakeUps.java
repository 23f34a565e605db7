package dev.atrium.adapter.rest.live;

import dev.atrium.application.port.out.LocalRoomListeners;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent.MessagePosted;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The chat long polls waiting on this node, by room, woken when their room's feed delivers a message,
 * whichever node it was posted through: a waiting poll follows its room ({@link MessagePolling}). A
 * room without waiters has no entry.
 */
@Singleton
final class ChatWakeUps implements LocalRoomListeners {
    /** A room of a tenant, as an event names it: by its id, never by the externalId a URL may use. */
    record Room(TenantId tenantId, RoomId roomId) {
        Room {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(roomId, "roomId");
        }
    }

    // A room's set changes only inside compute, so a set is never emptied and dropped while a waiter
    // joins it; deliver reads it without a lock, hence a concurrent set.
    private final ConcurrentMap<Room, Set<Runnable>> waiting = new ConcurrentHashMap<>();

    /**
     * Runs {@code wakeUp} for each message of {@code room} delivered from now until {@link #forget}.
     * It runs on the feed's thread, so it must return at once and never throw.
     */
    void register(Room room, Runnable wakeUp) {
        waiting.compute(room, (key, wakeUps) -> {
            Set<Runnable> joined = wakeUps == null ? ConcurrentHashMap.newKeySet() : wakeUps;
            joined.add(wakeUp);
            return joined;
        });
    }

    void forget(Room room, Runnable wakeUp) {
        waiting.computeIfPresent(room, (key, wakeUps) -> {
            wakeUps.remove(wakeUp);
            return wakeUps.isEmpty() ? null : wakeUps;
        });
    }

    @Override
    public void deliver(RecordedEvent event) {
        if (event.event() instanceof MessagePosted) {
            waiting.getOrDefault(new Room(event.tenantId(), event.roomId()), Set.of()).forEach(Runnable::run);
        }
    }

    /** How many polls wait on {@code room}. */
    int waitingIn(Room room) {
        return waiting.getOrDefault(room, Set.of()).size();
    }

    /** How many rooms have a poll waiting: 0 once every poll is answered. */
    int roomsWaitedOn() {
        return waiting.size();
    }
}
