package dev.atrium.adapter.rest.live;

import dev.atrium.application.port.out.RoomEventPublisher;
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
 * The chat long polls waiting on this node, by room, woken when the relay publishes a message of
 * their room. It hears only what the relay publishes on this node: with several nodes on one
 * PostgreSQL, each event is published on one node only (until issue 11), so a poll does not rely on
 * being woken ({@link MessagePolling#BACKSTOP}). A room without waiters has no entry.
 */
@Singleton
final class ChatWakeUps implements RoomEventPublisher {
    /** A room of a tenant, as an event names it: by its id, never by the externalId a URL may use. */
    record Room(TenantId tenantId, RoomId roomId) {
        Room {
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(roomId, "roomId");
        }
    }

    // A room's set changes only inside compute, so a set is never emptied and dropped while a waiter
    // joins it; publish reads it without a lock, hence a concurrent set.
    private final ConcurrentMap<Room, Set<Runnable>> waiting = new ConcurrentHashMap<>();

    /**
     * Runs {@code wakeUp} for each message of {@code room} published from now until {@link #forget}.
     * It runs on the relay's thread, so it must return at once and never throw.
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
    public void publish(RecordedEvent event) {
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
