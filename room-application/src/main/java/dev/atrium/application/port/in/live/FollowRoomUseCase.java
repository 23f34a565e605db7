package dev.atrium.application.port.in.live;

import dev.atrium.domain.room.RoomId;

/**
 * This node follows the rooms its clients are in: while a room has a follow, its events reach the
 * node's {@link dev.atrium.application.port.out.LocalRoomListeners}, whichever node recorded them.
 */
public interface FollowRoomUseCase {
    /**
     * One more follow of {@code room}, until it is ended. Every event recorded after this returns is
     * delivered, none before: a follower reads the room's state after following, so it misses nothing.
     */
    RoomFollow follow(RoomId room);
}
