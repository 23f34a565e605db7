package dev.atrium.domain.live;

import dev.atrium.domain.live.RoomEvent.RoleChanged;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.FieldViolation;
import dev.atrium.domain.shared.InvalidInputException;
import dev.atrium.domain.shared.PreconditionFailedException;
import dev.atrium.domain.shared.ViolationCode;

import java.time.Instant;
import java.util.List;

/**
 * A promotion or demotion and what follows from it. It exists because one change of role touches
 * every other concern: the new role needs a place, media it may not send goes off, a moderator made
 * in the lobby goes in, and a freed place or a new moderator releases who waits.
 */
final class RoleChange {
    private final Room room;
    private final Presence presence;
    private final Places places;
    private final Admission admission;
    private final MediaRules media;
    private final EventLog events;

    RoleChange(Room room, Presence presence, Places places, Admission admission, MediaRules media, EventLog events) {
        this.room = room;
        this.presence = presence;
        this.places = places;
        this.admission = admission;
        this.media = media;
        this.events = events;
    }

    Participant change(Actor actor, Participant target, Role role, Instant now) {
        if (role == Role.OWNER || role == Role.GUEST) {
            throw new InvalidInputException(ErrorCode.VALIDATION_FAILED, "The role cannot be given in a room.",
                    List.of(new FieldViolation("role", ViolationCode.NOT_ALLOWED, "must be MODERATOR, PARTICIPANT, VIEWER or AUDIENCE")));
        }
        if (target.role() == Role.OWNER) {
            throw new PreconditionFailedException(ErrorCode.OWNER_ROLE_FIXED, "The owner's role cannot change.");
        }
        if (target.role() == role) {
            return target;
        }
        if (target.isAdmitted()) {
            places.requireFor(role, target);
        }
        Participant changed = target.withRole(role);
        presence.put(changed);
        events.record(new RoleChanged(changed.id(), changed.state(), target.role(), role, actor.participantId()), now);
        media.dropUnpermitted(changed, actor, now);
        boolean moderator = role.may(Permission.ADMIT_FROM_LOBBY, room.settings().mode());
        if (changed.state().inLobby() && moderator && places.haveOneFor(role, null)) {
            // Moderators never wait: one made a moderator in the lobby goes in, as on arrival.
            admission.admitFromLobby(presence.find(changed.id()), now);
        }
        // A moderator came, the old role's place is free, or the person waits for a place the new role has.
        admission.releaseWaiting(now);
        return presence.find(changed.id());
    }
}
