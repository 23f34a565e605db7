package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.Participant;

/** A participant raises or lowers their hand. */
public interface RaiseHandUseCase {
    Participant raiseHand(SessionInRoom session, boolean raised);
}
