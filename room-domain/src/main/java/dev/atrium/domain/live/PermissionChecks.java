package dev.atrium.domain.live;

import dev.atrium.domain.role.Permission;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;

/**
 * The refusals every kind of change shares: an actor without the permission, a participant still in
 * the lobby, media without the call. It exists so each refusal has one code and one wording,
 * whichever rule asks, and so the service (an API key) passes every permission check.
 */
final class PermissionChecks {
    private final Room room;
    private final Presence presence;

    PermissionChecks(Room room, Presence presence) {
        this.room = room;
        this.presence = presence;
    }

    void require(Actor actor, Permission permission) {
        if (actor instanceof Actor.InRoom inRoom) {
            require(requireAdmitted(presence.find(inRoom.participantId())), permission);
        }
    }

    void require(Participant participant, Permission permission) {
        if (!participant.may(permission, room.settings().mode())) {
            throw new ForbiddenException(ErrorCode.PERMISSION_DENIED, "A " + participant.role() + " may not "
                    + permission.name().toLowerCase().replace('_', ' ') + " in this room.");
        }
    }

    static Participant requireAdmitted(Participant participant) {
        if (!participant.isAdmitted()) {
            throw new ConflictException(ErrorCode.NOT_ADMITTED, participant.id() + " is still in the lobby.");
        }
        return participant;
    }

    static void requireInCall(Participant participant) {
        if (!participant.inCall()) {
            throw new ConflictException(ErrorCode.NOT_IN_CALL, "Join the call before sending media.");
        }
    }
}
