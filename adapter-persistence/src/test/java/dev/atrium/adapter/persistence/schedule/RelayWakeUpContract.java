package dev.atrium.adapter.persistence.schedule;

import dev.atrium.adapter.persistence.PersistenceContext;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.adapter.persistence.outbox.JdbcEventOutbox;
import dev.atrium.application.port.in.live.RelayEventsUseCase;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay runs as soon as a transaction that appended events commits, not at its next poll: the
 * poll interval here is 10 s, so only the wake-up can pass these tests. Run on every supported
 * database ({@link RelayWakeUpIT}). The relay publishes through a real claim and mark on the outbox;
 * what it publishes is recorded with the thread it ran on.
 */
abstract class RelayWakeUpContract {
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00Z");
    private static final Duration WELL_UNDER_THE_POLL = Duration.ofSeconds(1);

    private final RecordingRelay relay = new RecordingRelay();
    private final SplittableRandom random = new SplittableRandom();
    private ApplicationContext context;
    private TestDatabase database;
    private UnitOfWork unitOfWork;
    private JdbcEventOutbox outbox;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void startNode() throws InterruptedException {
        database = newDatabase();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("atrium.master-key", PersistenceContext.TEST_MASTER_KEY);
        properties.put("atrium.events.relay-interval", "10s");
        context = ApplicationContext.builder().deduceEnvironment(false).environments("test").properties(properties)
                .singletons(relay).start();
        unitOfWork = context.getBean(UnitOfWork.class);
        outbox = context.getBean(JdbcEventOutbox.class);
        relay.attach(unitOfWork, context.getBean(EventOutbox.class));
        waitUntil(() -> relay.runs.get() >= 1, "the run at start");
    }

    @AfterEach
    void stopNode() {
        try {
            context.close();
        } finally {
            database.close();
        }
    }

    @Test
    void anEventAppendedInACommittedTransactionIsPublishedWellBeforeTheNextPoll() throws InterruptedException {
        RecordedEvent event = event();
        Instant started = commit(event);

        waitUntil(() -> relay.published.contains(event), "the event published");
        Duration took = Duration.between(started, relay.publishedAt.get(relay.published.indexOf(event)));

        assertTrue(took.compareTo(WELL_UNDER_THE_POLL) < 0, "published " + took + " after the transaction began");
        assertTrue(relay.threads.stream().allMatch(EventRelay.THREAD::equals), "on the relay's thread: " + relay.threads);
    }

    @Test
    void aRolledBackTransactionWakesNoRelay() throws InterruptedException {
        int runs = relay.runs.get();

        assertThrows(IllegalStateException.class, () -> unitOfWork.inTransaction(() -> {
            outbox.append(List.of(event()));
            throw new IllegalStateException("the change failed");
        }));
        Thread.sleep(500);

        assertEquals(runs, relay.runs.get(), "no run after a rollback");
    }

    @Test
    void wakeUpsThatArriveWhileARunIsUnderWayShareOneMoreRun() throws InterruptedException {
        CountDownLatch release = relay.holdNextRun();
        RecordedEvent first = event();
        commit(first);
        waitUntil(() -> relay.published.contains(first), "the first event claimed");
        int runs = relay.runs.get();

        List<RecordedEvent> more = List.of(event(), event(), event(), event(), event());
        for (RecordedEvent event : more) {
            commit(event);
        }
        release.countDown();
        waitUntil(() -> relay.published.containsAll(more), "the other events published");
        Thread.sleep(300);

        assertEquals(runs + 1, relay.runs.get(), "five commits during a run, one more run");
    }

    /** Appends the event in a transaction of its own; returns when that transaction began. */
    private Instant commit(RecordedEvent event) {
        Instant began = Instant.now();
        unitOfWork.inTransaction(() -> {
            outbox.append(List.of(event));
            return null;
        });
        return began;
    }

    /** An event of a room of its own: the outbox has no foreign key to rooms. */
    private RecordedEvent event() {
        return new RecordedEvent(TenantId.next(NOW, random), RoomId.next(NOW, random), 1, NOW,
                new RoomEvent.PresenterChanged(null, null));
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("not so after 10 s: " + what);
            }
            Thread.sleep(5);
        }
    }

    /** What the relay service does (claim, publish each, mark), recording what it published, when and on which thread. */
    private static final class RecordingRelay implements RelayEventsUseCase {
        final AtomicInteger runs = new AtomicInteger();
        final List<RecordedEvent> published = new CopyOnWriteArrayList<>();
        final List<Instant> publishedAt = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        private volatile UnitOfWork unitOfWork;
        private volatile EventOutbox outbox;
        private volatile CountDownLatch hold;

        void attach(UnitOfWork unitOfWork, EventOutbox outbox) {
            this.unitOfWork = unitOfWork;
            this.outbox = outbox;
        }

        /** The next run that claims an event waits, after publishing it, until the latch is released. */
        CountDownLatch holdNextRun() {
            CountDownLatch latch = new CountDownLatch(1);
            hold = latch;
            return latch;
        }

        @Override
        public int relayEvents(int limit) {
            runs.incrementAndGet();
            threads.add(Thread.currentThread().getName());
            if (unitOfWork == null) {
                return 0;
            }
            return unitOfWork.inTransaction(() -> {
                List<RecordedEvent> batch = outbox.claimUnpublished(limit);
                for (RecordedEvent event : batch) {
                    published.add(event);
                    publishedAt.add(Instant.now());
                }
                outbox.markPublished(batch);
                CountDownLatch latch = hold;
                if (!batch.isEmpty() && latch != null) {
                    hold = null;
                    await(latch);
                }
                return batch.size();
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
}
