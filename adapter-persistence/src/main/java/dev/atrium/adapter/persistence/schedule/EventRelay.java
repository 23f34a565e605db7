package dev.atrium.adapter.persistence.schedule;

import dev.atrium.application.port.in.live.RelayEventsUseCase;
import dev.atrium.application.port.out.StoreUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox in batches of {@value #BATCH} until a batch comes back short: once at start,
 * for what a crashed node left unpublished, and then one interval after another.
 */
@Singleton
@Requires(beans = RelayEventsUseCase.class)
@Requires(property = "atrium.events.relay-enabled", notEquals = "false")
class EventRelay {
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);

    private final RelayEventsUseCase relay;

    EventRelay(RelayEventsUseCase relay) {
        this.relay = relay;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        relayAll();
    }

    @Scheduled(fixedDelay = "${atrium.events.relay-interval:200ms}", initialDelay = "${atrium.events.relay-interval:200ms}")
    void relayAll() {
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
