package dev.atrium.application.port.in.live;

/** One follow of a room ({@link FollowRoomUseCase}); the node stops following the room when its last follow ends. */
public interface RoomFollow {
    /** Ends this follow; ending it again does nothing. */
    void end();
}
