package dev.atrium.application.port.in.live;

/** Publishes what rooms recorded; a scheduler calls it, and every node does on start. */
public interface RelayEventsUseCase {
    /** Publishes up to {@code limit} unpublished events in order and marks them; returns how many. */
    int relayEvents(int limit);
}
