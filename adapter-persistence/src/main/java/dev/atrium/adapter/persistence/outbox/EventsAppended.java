package dev.atrium.adapter.persistence.outbox;

import dev.atrium.domain.room.RoomId;

import java.util.Set;

/**
 * An application event: the current transaction appended events of {@code rooms} to the outbox. It is
 * published inside that transaction; a listener that acts on it only once the events are visible to
 * others listens after the commit ({@code @TransactionalEventListener}), as the relay does, and one
 * that must act inside it (a notification sent at the commit) listens at once.
 */
public record EventsAppended(Set<RoomId> rooms) {
    public EventsAppended {
        rooms = Set.copyOf(rooms);
    }
}
