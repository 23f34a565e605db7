package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.ParticipantId;

/** A moderator (ADMIT_FROM_LOBBY) turns one person in the lobby away. */
public interface DenyParticipantUseCase {
    void deny(RoomCaller moderator, ParticipantId participant);
}
