package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;

import java.util.List;

/**
 * Moderation, decided by permission rather than by role name: ADMIT_FROM_LOBBY, REMOVE_PARTICIPANT,
 * CHANGE_ROLES, MUTE_OTHERS and END_ROOM. Lacking one is 403 PERMISSION_DENIED.
 */
public interface ModerateRoomUseCase {
    /** Who waits or knocks, in the order they came. */
    List<Participant> lobby(RoomCaller moderator);

    Participant admit(RoomCaller moderator, ParticipantId participant);

    void deny(RoomCaller moderator, ParticipantId participant);

    List<Participant> admitAll(RoomCaller moderator);

    /** {@code ban} also keeps the person out from now on and revokes their join tokens for the room. */
    void remove(RoomCaller moderator, ParticipantId participant, boolean ban);

    Participant changeRole(RoomCaller moderator, ParticipantId participant, Role role);

    Participant grantPublishing(RoomCaller moderator, ParticipantId participant, boolean granted);

    Participant mute(RoomCaller moderator, ParticipantId participant);

    /** Ends the room for everyone present (they leave with ROOM_ENDED); ending an ended room changes nothing. */
    Room endForEveryone(RoomCaller moderator);
}
