package dev.atrium.adapter.persistence.outbox;

import dev.atrium.adapter.persistence.LiveChanges;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.CloseReason;
import dev.atrium.domain.live.LeaveReason;
import dev.atrium.domain.live.MediaState;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.ParticipantState;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.TopologyKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link EventOutbox}, run on every supported database ({@link JdbcEventOutboxIT}):
 * what saves append is claimed in order, once published never again, a failed relay leaves the rest
 * for the next one, one relay publishes at a time, every event type comes back as it was, and a
 * room's history is read after a sequence, published or not, without the relay's lock, and published
 * events are deleted after a cutoff, unpublished ones never. The tests
 * share the outbox, so each starts by publishing whatever earlier tests left.
 */
abstract class EventOutboxContract extends SharedDatabaseSuite {
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.123456Z");

    private EventOutbox outbox;
    private JdbcEventOutbox appender;
    private RoomEventCodec codec;
    private UnitOfWork unitOfWork;
    private StoredRooms stored;
    private LiveChanges changes;

    @BeforeAll
    void findPorts() {
        outbox = context().bean(EventOutbox.class);
        appender = context().bean(JdbcEventOutbox.class);
        codec = context().bean(RoomEventCodec.class);
        unitOfWork = context().bean(UnitOfWork.class);
        stored = new StoredRooms(context(), NOW);
        changes = new LiveChanges(context());
    }

    @BeforeEach
    void publishWhatEarlierTestsLeft() {
        while (relay(500, event -> { }) > 0) {
            // drained batch by batch
        }
    }

    @Test
    void eventsAppendedBySavesAreClaimedInOrderAndOncePublishedNotAgain() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        List<RecordedEvent> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String user = "user-" + i;
            recorded.addAll(changes.change(room, NOW, live -> {
                live.join(changes.newParticipantId(NOW), changes.grant(room, user, Role.PARTICIPANT, NOW), NOW, LiveChanges.PRESENCE);
                return live.recordedEvents();
            }));
        }

        List<RecordedEvent> claimed = unitOfWork.inTransaction(() -> {
            List<RecordedEvent> events = outbox.claimUnpublished(100);
            outbox.markPublished(events);
            return events;
        });

        assertEquals(recorded, claimed);
        assertEquals(List.of(1L, 2L, 3L, 4L), claimed.stream().map(RecordedEvent::sequence).toList());
        assertEquals(List.of(), unitOfWork.inTransaction(() -> outbox.claimUnpublished(100)));
    }

    @Test
    void aRelayThatFailsMidwayLeavesTheRestForTheNextRelayInOrder() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        IntStream.range(0, 5).forEach(i -> changes.join(room, "user-" + i, Role.PARTICIPANT, NOW));
        List<Long> delivered = new ArrayList<>();

        assertEquals(2, relay(2, event -> delivered.add(event.sequence())));
        assertThrows(IllegalStateException.class, () -> relay(2, event -> {
            delivered.add(event.sequence());
            if (event.sequence() == 4) {
                throw new IllegalStateException("the broker went away");
            }
        }));
        assertEquals(4, relay(100, event -> delivered.add(event.sequence())));

        // At least once, in order: the failed batch is delivered again from its first event.
        assertEquals(List.of(1L, 2L, 3L, 4L, 3L, 4L, 5L, 6L), delivered);
        assertEquals(0, relay(100, event -> delivered.add(event.sequence())));
    }

    @Test
    void oneRelayPublishesAtATimeAndTheNextSeesWhatItPublished() throws Exception {
        Room room = stored.newRoom(RoomDrafts.group().build());
        changes.join(room, "ada", Role.PARTICIPANT, NOW);
        CountDownLatch claimedByFirst = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> relay(100, event -> {
            claimedByFirst.countDown();
            await(releaseFirst);
        }));
        assertTrue(claimedByFirst.await(10, TimeUnit.SECONDS));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> relay(100, event -> { }));
        Thread.sleep(300);

        assertFalse(second.isDone(), "the second relay waits for the first one's lock");
        releaseFirst.countDown();
        assertEquals(2, first.get(10, TimeUnit.SECONDS));
        assertEquals(0, second.get(10, TimeUnit.SECONDS));
    }

    @Test
    void everyEventTypeComesBackAsItWasAppended() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        List<RoomEvent> everyType = everyType();
        List<RecordedEvent> appended = LongStream.rangeClosed(1, everyType.size())
                .mapToObj(seq -> new RecordedEvent(room.tenantId(), room.id(), seq, NOW.plusMillis(seq),
                        everyType.get((int) seq - 1)))
                .toList();

        unitOfWork.inTransaction(() -> {
            appender.append(appended);
            return null;
        });
        List<RecordedEvent> claimed = unitOfWork.inTransaction(() -> outbox.claimUnpublished(100));

        assertEquals(appended, claimed);
        assertEquals(Arrays.stream(RoomEvent.class.getPermittedSubclasses()).map(Class::getSimpleName).sorted().toList(),
                everyType.stream().map(RoomEvent::type).sorted().toList(), "one event of each type");
        everyType.forEach(event -> assertEquals(event, codec.decode(event.type(), codec.encode(event))));
    }

    @Test
    void aRoomsHistoryAfterASequenceComesInOrderPublishedOrNot() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        List<RecordedEvent> published = append(room, 1, 3);
        relay(500, event -> { });
        List<RecordedEvent> unpublished = append(room, 4, 5);
        List<RecordedEvent> all = new ArrayList<>(published);
        all.addAll(unpublished);

        assertEquals(all, outbox.recordedAfter(room.id(), 0, 100));
        assertEquals(all.subList(2, 5), outbox.recordedAfter(room.id(), 2, 100));
        assertEquals(all, unitOfWork.inTransaction(() -> outbox.recordedAfter(room.id(), 0, 100)), "inside a transaction too");
        assertEquals(unpublished, unitOfWork.inTransaction(() -> outbox.claimUnpublished(100)),
                "reading the history claims and marks nothing");
    }

    @Test
    void aRoomsHistoryIsInSequenceOrderWhateverTheOrderItWasStoredIn() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        List<RecordedEvent> outOfOrder = List.of(event(room, 3), event(room, 1), event(room, 2));
        unitOfWork.inTransaction(() -> {
            appender.append(outOfOrder);
            return null;
        });

        assertEquals(List.of(1L, 2L, 3L), outbox.recordedAfter(room.id(), 0, 100).stream().map(RecordedEvent::sequence).toList());
    }

    @Test
    void aRoomsHistoryStopsAtTheLimit() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        List<RecordedEvent> events = append(room, 1, 6);

        assertEquals(events.subList(0, 2), outbox.recordedAfter(room.id(), 0, 2));
        assertEquals(events.subList(2, 5), outbox.recordedAfter(room.id(), 2, 3));
        assertEquals(events.subList(5, 6), outbox.recordedAfter(room.id(), 5, 3));
        assertThrows(IllegalArgumentException.class, () -> outbox.recordedAfter(room.id(), 0, 0));
    }

    @Test
    void aRoomsHistoryLeavesOutEveryOtherRoom() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        Room other = stored.newRoom(RoomDrafts.group().build());
        append(other, 1, 2);
        List<RecordedEvent> mine = new ArrayList<>(append(room, 1, 2));
        append(other, 3, 4);
        mine.addAll(append(room, 3, 3));

        assertEquals(mine, outbox.recordedAfter(room.id(), 0, 100));
        assertEquals(List.of(), outbox.recordedAfter(new RoomId("rm_00000000000000000000000000"), 0, 100));
    }

    @Test
    void nothingComesAfterARoomsLastEvent() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        append(room, 1, 4);

        assertEquals(List.of(), outbox.recordedAfter(room.id(), 4, 100));
        assertEquals(List.of(), outbox.recordedAfter(room.id(), 99, 100));
    }

    @Test
    void aRoomsHistoryIsReadWhileARelayHoldsItsLock() throws Exception {
        Room room = stored.newRoom(RoomDrafts.group().build());
        List<RecordedEvent> events = append(room, 1, 2);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> relaying = CompletableFuture.supplyAsync(() -> relay(100, event -> {
            claimed.countDown();
            await(release);
        }));
        try {
            assertTrue(claimed.await(10, TimeUnit.SECONDS));
            CompletableFuture<List<RecordedEvent>> read = CompletableFuture.supplyAsync(
                    () -> unitOfWork.inTransaction(() -> outbox.recordedAfter(room.id(), 0, 100)));

            assertEquals(events, read.get(5, TimeUnit.SECONDS), "the read does not wait for the relay");
        } finally {
            release.countDown();
        }
        assertEquals(2, relaying.get(10, TimeUnit.SECONDS));
    }

    @Test
    void eventsPublishedBeforeACutoffAreDeletedEarliestFirstInBatchesAndUnpublishedOnesNever() throws InterruptedException {
        while (appender.deletePublishedBefore(Instant.now().plusSeconds(60), 10_000) > 0) {
            // what earlier tests published
        }
        Room room = stored.newRoom(RoomDrafts.group().build());
        List<RecordedEvent> events = new ArrayList<>(append(room, 1, 3));
        relay(500, event -> { });
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        events.addAll(append(room, 4, 5));
        relay(500, event -> { });
        events.addAll(append(room, 6, 6));

        assertEquals(2, appender.deletePublishedBefore(between, 2), "a batch has its limit");
        assertEquals(events.subList(2, 6), outbox.recordedAfter(room.id(), 0, 100), "the earliest published first, in order");
        assertEquals(1, appender.deletePublishedBefore(between, 100), "only those published before the cutoff");
        assertEquals(events.subList(3, 6), outbox.recordedAfter(room.id(), 0, 100));
        assertEquals(2, appender.deletePublishedBefore(Instant.now().plusSeconds(3600), 100));
        assertEquals(events.subList(5, 6), outbox.recordedAfter(room.id(), 0, 100), "the unpublished one stays, whatever the cutoff");
        assertEquals(events.subList(5, 6), unitOfWork.inTransaction(() -> outbox.claimUnpublished(100)));
    }

    /** Appends the room's events {@code from} to {@code to} in a transaction of their own. */
    private List<RecordedEvent> append(Room room, long from, long to) {
        List<RecordedEvent> events = LongStream.rangeClosed(from, to).mapToObj(seq -> event(room, seq)).toList();
        unitOfWork.inTransaction(() -> {
            appender.append(events);
            return null;
        });
        return events;
    }

    private static RecordedEvent event(Room room, long sequence) {
        return new RecordedEvent(room.tenantId(), room.id(), sequence, NOW.plusMillis(sequence),
                new RoomEvent.PresenterChanged(null, null));
    }

    private static List<RoomEvent> everyType() {
        SplittableRandom random = new SplittableRandom();
        ParticipantId ada = ParticipantId.next(NOW, random);
        ParticipantId bob = ParticipantId.next(NOW, random);
        Participant waiting = new Participant(ada, new UserRef("ada@crm"), "Ada Lovelace", Role.PARTICIPANT,
                Map.of("team", "blue", "emoji", "\uD83D\uDE00"), ParticipantState.KNOCKING, NOW, NOW.plusSeconds(1),
                NOW.plusSeconds(46), false, new MediaState(false, false, false, true), false, false);
        Participant admitted = new Participant(bob, new UserRef("bob"), "Bob \"B\" Smith", Role.MODERATOR, Map.of(),
                ParticipantState.ADMITTED, NOW, NOW, NOW.plusNanos(123_456_789), true, new MediaState(true, true, true, true),
                true, true);
        return List.of(
                new RoomEvent.RoomActivated(TopologyKind.MESH),
                new RoomEvent.ParticipantJoined(waiting),
                new RoomEvent.KnockRequested(waiting),
                new RoomEvent.KnockAnswered(ada, true, null),
                new RoomEvent.ParticipantAdmitted(admitted),
                new RoomEvent.ParticipantLeft(ada, new UserRef("ada@crm"), ParticipantState.KNOCKING, LeaveReason.BANNED),
                new RoomEvent.RoleChanged(ada, ParticipantState.KNOCKING, Role.PARTICIPANT, Role.MODERATOR, bob),
                new RoomEvent.MediaStateChanged(bob, ParticipantState.ADMITTED, true, new MediaState(true, false, true, false), true, false, null),
                new RoomEvent.PresenterChanged(null, bob),
                new RoomEvent.TopologyUpgraded(TopologyKind.MESH, TopologyKind.SFU, 5),
                new RoomEvent.SessionClosed(CloseReason.SOLO),
                new RoomEvent.RoomEnded(CloseReason.EXPIRED),
                new RoomEvent.MessagePosted(14, bob, "Bob", "line one\nline \"two\" \\ \u00e9\u00e8 \uD83D\uDE00"),
                new RoomEvent.InvitationIssued(new UserRef("cyd"), "Cyd", "cyd@example.com", "Planning", null,
                        Instant.parse("2030-11-02T09:00:00Z"), 45));
    }

    /** What a relay does: claim, publish each, mark, in one unit of work; returns how many it published. */
    private int relay(int limit, Consumer<RecordedEvent> publish) {
        return unitOfWork.inTransaction(() -> {
            List<RecordedEvent> events = outbox.claimUnpublished(limit);
            events.forEach(publish);
            outbox.markPublished(events);
            return events.size();
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
