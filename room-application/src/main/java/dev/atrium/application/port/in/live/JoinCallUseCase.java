package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.Participant;

/** A participant joins the room's call. */
public interface JoinCallUseCase {
    Participant joinCall(SessionInRoom session);
}
