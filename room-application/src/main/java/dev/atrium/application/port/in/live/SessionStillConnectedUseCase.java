package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;

/**
 * The session's live connection is still open: the participant stays present for another grace from
 * now, and gets a fresh credential for their next hello, as a ping gives. A connection calls it well
 * within the grace (every half of it), so a refresh that comes a little late still lands in time.
 * Refuses a participant no longer present.
 */
public interface SessionStillConnectedUseCase {
    SessionRefresh stillConnected(SessionInRoom session);
}
