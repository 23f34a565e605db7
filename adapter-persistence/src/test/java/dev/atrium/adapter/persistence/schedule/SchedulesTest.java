package dev.atrium.adapter.persistence.schedule;

import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.application.port.in.live.FireTimersUseCase;
import dev.atrium.application.port.in.live.RelayEventsUseCase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timer poll and the event relay run by themselves, the relay on start too, and configuration turns them off. */
class SchedulesTest {
    private static final String TEST_MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void onStartTheRelayPublishesBatchAfterBatchUntilOneComesBackShort() {
        CountingRelay relay = new CountingRelay(EventRelay.BATCH, EventRelay.BATCH, 3);
        try (TestDatabase database = TestDatabase.h2();
             ApplicationContext context = start(database, Map.of("atrium.events.relay-interval", "1h"), new CountingTimers(), relay)) {
            assertTrue(context.isRunning());
            waitUntil(() -> relay.calls.get() >= 3);
            assertEquals(3, relay.calls.get(), "two full batches, then one short: the relay stops until its next run");
            assertEquals(EventRelay.BATCH, relay.lastLimit);
        }
    }

    @Test
    void theTimerPollFiresDueTimersAgainAndAgain() {
        CountingTimers timers = new CountingTimers();
        try (TestDatabase database = TestDatabase.h2();
             ApplicationContext context = start(database, Map.of("atrium.timers.poll-interval", "20ms"), timers, new CountingRelay())) {
            assertTrue(context.isRunning());
            waitUntil(() -> timers.calls.get() >= 3);
            assertEquals(TimerPoll.BATCH, timers.lastLimit);
        }
    }

    @Test
    void bothCanBeSwitchedOff() throws InterruptedException {
        CountingTimers timers = new CountingTimers();
        CountingRelay relay = new CountingRelay();
        Map<String, Object> off = Map.of("atrium.timers.enabled", false, "atrium.events.relay-enabled", false,
                "atrium.timers.poll-interval", "10ms", "atrium.events.relay-interval", "10ms");
        try (TestDatabase database = TestDatabase.h2(); ApplicationContext context = start(database, off, timers, relay)) {
            Thread.sleep(300);
            assertEquals(0, timers.calls.get() + relay.calls.get());
            assertTrue(context.findBean(TimerPoll.class).isEmpty() && context.findBean(EventRelay.class).isEmpty());
        }
    }

    private static ApplicationContext start(TestDatabase database, Map<String, Object> overrides, Object... useCases) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("atrium.master-key", TEST_MASTER_KEY);
        properties.putAll(overrides);
        return ApplicationContext.builder().deduceEnvironment(false).environments("test").properties(properties)
                .singletons(useCases).start();
    }

    private static void waitUntil(BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("still not so after 10 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static final class CountingTimers implements FireTimersUseCase {
        final AtomicInteger calls = new AtomicInteger();
        volatile int lastLimit;

        @Override
        public int fireDueTimers(int limit) {
            lastLimit = limit;
            calls.incrementAndGet();
            return 0;
        }
    }

    /** Answers the given batch sizes in turn, then 0. */
    private static final class CountingRelay implements RelayEventsUseCase {
        final AtomicInteger calls = new AtomicInteger();
        private final int[] answers;
        volatile int lastLimit;

        CountingRelay(int... answers) {
            this.answers = answers;
        }

        @Override
        public int relayEvents(int limit) {
            lastLimit = limit;
            int call = calls.getAndIncrement();
            return call < answers.length ? answers[call] : 0;
        }
    }
}
