package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.Participant;

/** A participant leaves the room's call and stays in the room. */
public interface LeaveCallUseCase {
    Participant leaveCall(SessionInRoom session);
}
