package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;

/** A participant reads their own session and the room as they see it, with a fresh credential; it locks nothing and saves nothing. */
public interface GetSessionUseCase {
    ParticipantSession session(SessionInRoom session);
}
