package dev.atrium.adapter.persistence.schedule;

import dev.atrium.adapter.persistence.outbox.EventsAppended;
import dev.atrium.application.port.in.live.RelayEventsUseCase;
import dev.atrium.application.port.out.StoreUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the outbox in batches of {@value #BATCH} until a batch comes back short. A run starts as
 * soon as a transaction that appended events commits, once at start (for what a crashed node left
 * unpublished), and one poll interval after another as the backstop (for events other nodes appended,
 * and any wake-up that was lost). Runs happen on the relay's own thread, one at a time, never on the
 * thread that committed: a wake-up only asks for a run, and all that arrive before that run starts
 * share it, so a burst of commits costs one run, and one more for those that commit during it.
 */
@Singleton
@Requires(beans = RelayEventsUseCase.class)
@Requires(property = "atrium.events.relay-enabled", notEquals = "false")
class EventRelay {
    static final int BATCH = 500;
    static final String THREAD = "event-relay";
    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);

    private final RelayEventsUseCase relay;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, THREAD);
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean runAsked = new AtomicBoolean();

    EventRelay(RelayEventsUseCase relay) {
        this.relay = relay;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        wakeUp();
    }

    /** After the commit of a transaction that appended events; a rolled-back one wakes nobody. */
    @TransactionalEventListener
    void onEventsAppended(EventsAppended appended) {
        wakeUp();
    }

    @Scheduled(fixedDelay = "${atrium.events.relay-interval:200ms}", initialDelay = "${atrium.events.relay-interval:200ms}")
    void poll() {
        wakeUp();
    }

    /** Asks for a run, unless one is asked for and has not started yet; returns at once. */
    void wakeUp() {
        if (runAsked.compareAndSet(false, true)) {
            try {
                runner.execute(this::run);
            } catch (RejectedExecutionException stopping) {
                runAsked.set(false);
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        runner.shutdown();
        if (!runner.awaitTermination(5, TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
    }

    private void run() {
        runAsked.set(false);
        try {
            while (relay.relayEvents(BATCH) >= BATCH) {
                // a full batch: more may be waiting
            }
        } catch (StoreUnavailableException e) {
            LOG.warn("Relaying the rooms' events waits for the database: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Relaying the rooms' events failed; the next run publishes what is left", e);
        }
    }
}
