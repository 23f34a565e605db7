package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;

/** A moderator (CHANGE_ROLES) lets a participant publish media, or stops them. */
public interface GrantPublishingUseCase {
    Participant grantPublishing(RoomCaller moderator, ParticipantId participant, boolean granted);
}
