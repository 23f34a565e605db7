package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.ParticipantId;

/** A moderator (REMOVE_PARTICIPANT) removes a participant from the room. */
public interface RemoveParticipantUseCase {
    /** {@code ban} also keeps the person out from now on and revokes their join tokens for the room, in the same transaction. */
    void remove(RoomCaller moderator, ParticipantId participant, boolean ban);
}
