package dev.atrium.application.port.in.live;

/**
 * The backstop for lost wake-ups ({@link CatchUpRoomsUseCase}): compares every room this node
 * follows with the outbox, and catches up those behind.
 */
public interface CatchUpEveryRoomUseCase {
    void catchUpEveryRoom();
}
