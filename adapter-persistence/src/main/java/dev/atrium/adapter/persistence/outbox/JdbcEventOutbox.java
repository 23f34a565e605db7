package dev.atrium.adapter.persistence.outbox;

import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outbox in {@code room_events}. Events are appended in the transaction of the change that
 * recorded them, so a rolled-back change leaves none. A relay first locks the one row of
 * {@code event_relay_lock}: relays on all nodes take turns, and each publishes the oldest events
 * in the order they were appended, which keeps every room's events in sequence. A room's history
 * ({@link #recordedAfter}) is read without that lock, published rows and unpublished alike, until
 * the retention deletes published rows ({@link #deletePublishedBefore}). Each append also says so
 * ({@link EventsAppended}), so the relay can run as soon as the transaction commits.
 */
@Singleton
@ReportsStoreOutages
public class JdbcEventOutbox implements EventOutbox {
    private final RoomEventRowRepository rows;
    private final RelayLockRowRepository relayLock;
    private final RoomEventCodec codec;
    private final ApplicationEventPublisher<EventsAppended> appended;

    JdbcEventOutbox(RoomEventRowRepository rows, RelayLockRowRepository relayLock, RoomEventCodec codec,
                    ApplicationEventPublisher<EventsAppended> appended) {
        this.rows = rows;
        this.relayLock = relayLock;
        this.codec = codec;
        this.appended = appended;
    }

    /**
     * In the transaction of the change that recorded them. Publishes {@link EventsAppended} in that
     * transaction, for listeners that wait for its commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(List<RecordedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        rows.saveAll(events.stream().map(this::toRow).toList());
        appended.publishEvent(new EventsAppended(events.stream().map(RecordedEvent::roomId).collect(Collectors.toSet())));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<RecordedEvent> claimUnpublished(int limit) {
        relayLock.lock().orElseThrow(() -> new IllegalStateException("event_relay_lock has lost its row"));
        return rows.findOldestUnpublished(limit).stream().map(this::toEvent).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markPublished(List<RecordedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        rows.markPublished(events.stream().map(RecordedEvent::id).toList(),
                TimestampColumns.toColumn(Instant.now()));
    }

    /** No transaction of its own and no lock: a plain read, like the chat's. */
    @Override
    public List<RecordedEvent> recordedAfter(RoomId room, long afterSeq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return rows.findAfter(room.value(), afterSeq, limit).stream().map(this::toEvent).toList();
    }

    /** No transaction of its own and no lock, like {@link #recordedAfter}. */
    @Override
    public Map<RoomId, Long> latestSequences(Collection<RoomId> rooms) {
        if (rooms.isEmpty()) {
            return Map.of();
        }
        return rows.findLatestSequences(rooms.stream().map(RoomId::value).toList()).stream()
                .collect(Collectors.toMap(row -> new RoomId(row.roomId()), RoomSequenceRow::sequence));
    }

    /**
     * Deletes up to {@code limit} events published before {@code cutoff}, the earliest published first,
     * and says how many; never one that is not published. Each call is a transaction of its own.
     */
    public int deletePublishedBefore(Instant cutoff, int limit) {
        return Math.toIntExact(rows.deletePublishedBefore(TimestampColumns.toColumn(cutoff), limit));
    }

    private RoomEventRow toRow(RecordedEvent event) {
        return new RoomEventRow(event.id(), event.tenantId().value(), event.roomId().value(), event.sequence(),
                event.event().type(), TimestampColumns.toColumn(event.occurredAt()), codec.encode(event.event()), null);
    }

    private RecordedEvent toEvent(RoomEventRow row) {
        return new RecordedEvent(new TenantId(row.tenantId()), new RoomId(row.roomId()), row.sequence(),
                TimestampColumns.toInstant(row.occurredAt()), codec.decode(row.type(), row.payload()));
    }
}
