package dev.atrium.application.fakes;

import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.room.RoomId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The outbox in memory: events in the order they were appended, with a published mark each. */
public final class InMemoryEventOutbox implements EventOutbox, InMemoryUnitOfWork.Participant {
    private final List<RecordedEvent> events = new ArrayList<>();
    private int published;

    synchronized void append(List<RecordedEvent> recorded) {
        events.addAll(recorded);
    }

    @Override
    public synchronized List<RecordedEvent> claimUnpublished(int limit) {
        return List.copyOf(events.subList(published, Math.min(events.size(), published + limit)));
    }

    @Override
    public synchronized void markPublished(List<RecordedEvent> batch) {
        if (!batch.equals(events.subList(published, published + batch.size()))) {
            throw new IllegalStateException("only the claimed batch can be marked");
        }
        published += batch.size();
    }

    @Override
    public synchronized List<RecordedEvent> recordedAfter(RoomId room, long afterSeq, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        return events.stream()
                .filter(event -> event.roomId().equals(room) && event.sequence() > afterSeq)
                .sorted(Comparator.comparingLong(RecordedEvent::sequence))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Map<RoomId, Long> latestSequences(Collection<RoomId> rooms) {
        Map<RoomId, Long> latest = new HashMap<>();
        for (RecordedEvent event : events) {
            if (rooms.contains(event.roomId())) {
                latest.merge(event.roomId(), event.sequence(), Math::max);
            }
        }
        return latest;
    }

    /** Forgets the oldest {@code count} events, as retention deletes what was published long ago. */
    public synchronized void forgetOldest(int count) {
        events.subList(0, Math.min(count, events.size())).clear();
    }

    /** Every event ever appended, published or not. */
    public synchronized List<RecordedEvent> all() {
        return List.copyOf(events);
    }

    public synchronized List<RecordedEvent> unpublished() {
        return List.copyOf(events.subList(published, events.size()));
    }

    @Override
    public synchronized Runnable snapshot() {
        List<RecordedEvent> copy = List.copyOf(events);
        int mark = published;
        return () -> {
            synchronized (this) {
                events.clear();
                events.addAll(copy);
                published = mark;
            }
        };
    }
}
