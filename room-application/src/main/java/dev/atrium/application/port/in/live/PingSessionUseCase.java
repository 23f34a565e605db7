package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;

/** A participant proves they are still present. */
public interface PingSessionUseCase {
    /** Hands out a fresh credential. */
    SessionRefresh ping(SessionInRoom session);
}
