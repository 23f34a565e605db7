package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.Participant;

/** A participant starts sharing their screen. */
public interface StartScreenShareUseCase {
    /** {@code takeOver} takes the screen from whoever shares it now. */
    Participant startScreenShare(SessionInRoom session, boolean takeOver);
}
