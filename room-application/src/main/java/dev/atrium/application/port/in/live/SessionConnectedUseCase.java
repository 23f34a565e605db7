package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;

/**
 * A live connection (the signaling socket) was just opened for the session, and welcomed with a
 * credential: the participant stays present for the grace from now, never less than they already
 * were. Called at once, so that a reconnect moves the deadline its old connection's close set
 * ({@link SessionDisconnectedUseCase}) before it passes. Refuses a participant no longer present.
 */
public interface SessionConnectedUseCase {
    void connected(SessionInRoom session);
}
