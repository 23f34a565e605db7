package dev.atrium.application.port.in.live;

import dev.atrium.domain.room.RoomId;

import java.util.Collection;

/**
 * Brings this node's listeners up to what some rooms recorded. The adapters call it when they learn
 * that rooms recorded events: a wake-up, which may come late, twice, or not at all
 * ({@link CatchUpEveryRoomUseCase} is the backstop).
 */
public interface CatchUpRoomsUseCase {
    /** Delivers what {@code rooms} recorded since their last delivery; rooms this node does not follow are skipped. */
    void catchUp(Collection<RoomId> rooms);
}
