package dev.atrium.application.port.out;

import dev.atrium.domain.live.RecordedEvent;

/**
 * Whoever listens on this node to the rooms it follows ({@link dev.atrium.application.port.in.live.FollowRoomsUseCase}):
 * they hear every event of such a room, whichever node recorded it, each once and in the room's
 * sequence. Unlike {@link RoomEventPublisher}, which the cluster calls once per event, every node
 * calls its own listeners. A call must not block: it runs on the thread that catches the rooms up.
 */
public interface LocalRoomListeners {
    void deliver(RecordedEvent event);
}
