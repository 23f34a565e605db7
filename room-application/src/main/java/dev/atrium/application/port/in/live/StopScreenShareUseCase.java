package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.Participant;

/** A participant stops sharing their screen. */
public interface StopScreenShareUseCase {
    Participant stopScreenShare(SessionInRoom session);
}
