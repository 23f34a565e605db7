package dev.atrium.adapter.rest.support;

import dev.atrium.application.port.in.live.RelayEventsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Publishes the in-memory outbox every 50 ms, standing in for the persistence adapter's relay (which
 * runs after each commit), so that the events of a test's changes reach this adapter's publishers.
 */
@Singleton
final class InMemoryEventRelay {
    private static final int BATCH = 500;

    private final RelayEventsUseCase relay;

    InMemoryEventRelay(RelayEventsUseCase relay) {
        this.relay = relay;
    }

    @Scheduled(fixedDelay = "50ms")
    void relay() {
        while (relay.relayEvents(BATCH) >= BATCH) {
            // a full batch: more may be waiting
        }
    }
}
