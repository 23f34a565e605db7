package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;

/**
 * The session's live connection closed, and its participant did not leave: they stay present for one
 * grace from now, time to reconnect unseen. Every deadline their connection set was at most now +
 * grace, so this is the one that counts: unless a new connection comes first
 * ({@link SessionConnectedUseCase}), they leave with reason {@code TIMEOUT} once it passes, once.
 * Deadlines only move forward, so a longer one (a join's, a REST ping's) still wins. Refuses a
 * participant no longer present.
 */
public interface SessionDisconnectedUseCase {
    void disconnected(SessionInRoom session);
}
