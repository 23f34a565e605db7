package dev.atrium.application.port.out;

import dev.atrium.domain.live.RecordedEvent;

import java.util.List;

/**
 * The events rooms recorded, kept until they are published. {@link LiveRoomRepository#save} appends
 * them in the transaction of the change; the relay takes them from here.
 */
public interface EventOutbox {
    /**
     * The oldest unpublished events, in the order they were recorded (so each room's in sequence),
     * claimed for the current transaction: while it runs, no other relay on any node gets them.
     * Only inside {@link UnitOfWork#inTransaction}.
     */
    List<RecordedEvent> claimUnpublished(int limit);

    /** Marks events as published, in the transaction that claimed them. */
    void markPublished(List<RecordedEvent> events);
}
