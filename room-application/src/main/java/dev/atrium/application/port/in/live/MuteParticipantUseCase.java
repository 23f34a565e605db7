package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;

/** A moderator (MUTE_OTHERS) turns another participant's microphone off. */
public interface MuteParticipantUseCase {
    Participant mute(RoomCaller moderator, ParticipantId participant);
}
