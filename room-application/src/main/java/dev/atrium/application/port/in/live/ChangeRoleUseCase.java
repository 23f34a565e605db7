package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.role.Role;

/** A moderator (CHANGE_ROLES) gives a participant another role. */
public interface ChangeRoleUseCase {
    Participant changeRole(RoomCaller moderator, ParticipantId participant, Role role);
}
