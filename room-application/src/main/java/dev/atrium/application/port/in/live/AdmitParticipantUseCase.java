package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;

/** A moderator (ADMIT_FROM_LOBBY) lets one person in from the lobby. */
public interface AdmitParticipantUseCase {
    Participant admit(RoomCaller moderator, ParticipantId participant);
}
