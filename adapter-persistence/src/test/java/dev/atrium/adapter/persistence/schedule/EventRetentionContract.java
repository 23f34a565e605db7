package dev.atrium.adapter.persistence.schedule;

import dev.atrium.adapter.persistence.PersistenceContext;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.adapter.persistence.outbox.JdbcEventOutbox;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.room.Room;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retention sweep runs by itself, run on every supported database ({@link EventRetentionIT}):
 * it deletes published events older than {@code atrium.events.retention}, keeps younger ones and
 * never deletes an unpublished event. Each test starts a node of its own with its settings.
 */
abstract class EventRetentionContract {
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00Z");

    protected abstract TestDatabase newDatabase();

    @Test
    void theSweepDeletesPublishedEventsOlderThanTheRetentionAndKeepsTheUnpublished() throws InterruptedException {
        try (PersistenceContext node = start("0s")) {
            Room room = new StoredRooms(node, NOW).newRoom(RoomDrafts.group().build());
            List<RecordedEvent> events = append(node, room, 3);
            publish(node, 2);

            waitUntil(() -> history(node, room).size() == 1);
            Thread.sleep(300);

            assertEquals(events.subList(2, 3), history(node, room), "the unpublished event outlives every sweep");
        }
    }

    @Test
    void publishedEventsYoungerThanTheRetentionStay() throws InterruptedException {
        try (PersistenceContext node = start("1h")) {
            Room room = new StoredRooms(node, NOW).newRoom(RoomDrafts.group().build());
            List<RecordedEvent> events = append(node, room, 2);
            publish(node, 2);

            Thread.sleep(500);

            assertEquals(events, history(node, room), "ten sweeps later");
        }
    }

    @Test
    void aNegativeRetentionIsRefusedAtStart() {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> start("-1s").close());

        assertTrue(causes(refused).contains("atrium.events.retention must not be negative"), causes(refused));
    }

    private PersistenceContext start(String retention) {
        return PersistenceContext.start(newDatabase(),
                Map.of("atrium.events.retention", retention, "atrium.events.retention-interval", "50ms"));
    }

    private static List<RecordedEvent> append(PersistenceContext node, Room room, int count) {
        List<RecordedEvent> events = LongStream.rangeClosed(1, count)
                .mapToObj(seq -> new RecordedEvent(room.tenantId(), room.id(), seq, NOW, new RoomEvent.PresenterChanged(null, null)))
                .toList();
        node.bean(UnitOfWork.class).inTransaction(() -> {
            node.bean(JdbcEventOutbox.class).append(events);
            return null;
        });
        return events;
    }

    /** What a relay does with the oldest {@code count} events. */
    private static void publish(PersistenceContext node, int count) {
        EventOutbox outbox = node.bean(EventOutbox.class);
        node.bean(UnitOfWork.class).inTransaction(() -> {
            outbox.markPublished(outbox.claimUnpublished(count));
            return null;
        });
    }

    private static List<RecordedEvent> history(PersistenceContext node, Room room) {
        return node.bean(EventOutbox.class).recordedAfter(room.id(), 0, 100);
    }

    private static String causes(Throwable thrown) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(" / ");
        }
        return messages.toString();
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("still not so after 10 s");
            }
            Thread.sleep(20);
        }
    }
}
