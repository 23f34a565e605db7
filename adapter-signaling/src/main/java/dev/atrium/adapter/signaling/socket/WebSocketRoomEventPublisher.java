package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.port.out.RoomEventPublisher;
import dev.atrium.domain.live.RecordedEvent;
import jakarta.inject.Singleton;

/**
 * Pushes each published event to the sockets of its room on this node. Handing over never blocks
 * and never fails the relay: a socket that cannot keep up is closed and resumes.
 */
@Singleton
final class WebSocketRoomEventPublisher implements RoomEventPublisher {
    private final RoomChannels channels;

    WebSocketRoomEventPublisher(RoomChannels channels) {
        this.channels = channels;
    }

    @Override
    public void publish(RecordedEvent event) {
        channels.deliver(event);
    }
}
