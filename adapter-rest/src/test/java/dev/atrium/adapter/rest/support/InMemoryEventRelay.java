package dev.atrium.adapter.rest.support;

import dev.atrium.application.port.in.live.CatchUpEveryRoomUseCase;
import dev.atrium.application.port.in.live.RelayEventsUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Publishes the in-memory outbox and catches the followed rooms up every 50 ms, standing in for the
 * persistence adapter's relay and room feed (which run after each commit), so that the events of a
 * test's changes reach this adapter's publishers and listeners.
 */
@Singleton
final class InMemoryEventRelay {
    private static final int BATCH = 500;

    private final RelayEventsUseCase relay;
    private final CatchUpEveryRoomUseCase catchUp;

    InMemoryEventRelay(RelayEventsUseCase relay, CatchUpEveryRoomUseCase catchUp) {
        this.relay = relay;
        this.catchUp = catchUp;
    }

    @Scheduled(fixedDelay = "50ms")
    void relay() {
        while (relay.relayEvents(BATCH) >= BATCH) {
            // a full batch: more may be waiting
        }
        catchUp.catchUpEveryRoom();
    }
}
