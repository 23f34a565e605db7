package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.port.out.LocalRoomListeners;
import dev.atrium.domain.live.RecordedEvent;
import jakarta.inject.Singleton;

/**
 * Pushes each event of a room this node follows to the sockets of the room on this node. Handing
 * over never blocks and never fails the feed: a socket that cannot keep up is closed and resumes.
 */
@Singleton
final class SocketRoomListeners implements LocalRoomListeners {
    private final RoomChannels channels;

    SocketRoomListeners(RoomChannels channels) {
        this.channels = channels;
    }

    @Override
    public void deliver(RecordedEvent event) {
        channels.deliver(event);
    }
}
