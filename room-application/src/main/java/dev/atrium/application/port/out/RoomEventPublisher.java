package dev.atrium.application.port.out;

import dev.atrium.domain.live.RecordedEvent;

/**
 * Tells the world what happened in rooms. Called in each room's sequence order, at least once:
 * after a crash an event may come again, with the same {@link RecordedEvent#id()}.
 */
public interface RoomEventPublisher {
    void publish(RecordedEvent event);
}
