package dev.atrium.application.port.out;

import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.room.RoomId;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The events rooms recorded. {@link LiveRoomRepository#save} appends them in the transaction of the
 * change; the relay takes them from here, and a client that reconnects reads what it missed. Published
 * events are kept for a while and then deleted, so a room's history may have lost its oldest events.
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

    /**
     * The room's events with a sequence above {@code afterSeq}, in sequence order, published or not,
     * at most {@code limit} (at least 1). A read: it works inside a transaction or outside one and
     * takes no lock, the relay's neither. A room's events commit in sequence order (every change holds
     * the room's lock), so the answer has no hole that a later commit fills. Published events are
     * deleted after a retention period, oldest first: a caller that needs every event after
     * {@code afterSeq} checks that the answer starts at {@code afterSeq + 1}.
     */
    List<RecordedEvent> recordedAfter(RoomId room, long afterSeq, int limit);

    /**
     * The sequence of the latest event each of {@code rooms} has in the outbox, for those that have
     * any. A plain read, like {@link #recordedAfter}.
     */
    Map<RoomId, Long> latestSequences(Collection<RoomId> rooms);
}
