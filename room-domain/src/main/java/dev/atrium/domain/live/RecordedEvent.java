package dev.atrium.domain.live;

import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * An event as a room recorded it: {@code sequence} orders a room's events without gaps, and
 * {@link #id()} is stable across redeliveries, so a client that sees an event twice can drop it.
 */
public record RecordedEvent(TenantId tenantId, RoomId roomId, long sequence, Instant occurredAt, RoomEvent event) {

    public RecordedEvent {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(event, "event");
        if (sequence < 1) {
            throw new IllegalArgumentException("a room's events are numbered from 1");
        }
    }

    public String id() {
        return roomId.value() + ":" + sequence;
    }
}
