package dev.atrium.domain.live;

import dev.atrium.domain.role.Permission;
import dev.atrium.domain.room.RoomMode;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.shared.NotFoundException;

/**
 * Who may relay a peer-to-peer signal to whom: in a room whose topology in use is MESH (an SFU room's
 * media go through the SFU), from an admitted participant to another admitted participant; an offer
 * needs the permission to publish audio or video (a viewer answers and sends candidates, and so only
 * receives). A person the sender may not see (somebody in the lobby, for who may not admit) is, for the
 * sender, not there. Pure: it decides from the two participants as they are now, so a channel that
 * follows the room's events decides without reading the room.
 */
public final class PeerRelayPolicy {
    private PeerRelayPolicy() {
    }

    /**
     * Refuses the signal unless it may be relayed: {@code target} is {@code null} when nobody of that
     * id can be reached in the room.
     *
     * @throws ConflictException  {@code TOPOLOGY_NOT_MESH} when media do not flow peer to peer now,
     *                            {@code NOT_ADMITTED} when the sender is in the lobby
     * @throws NotFoundException  {@code PEER_NOT_FOUND} when there is no such peer for the sender
     * @throws ForbiddenException {@code SIGNAL_NOT_ALLOWED} to oneself or to somebody in the lobby,
     *                            {@code PERMISSION_DENIED} for an offer without the publish permission
     */
    public static void check(Participant sender, Participant target, SignalKind kind, TopologyKind inUse, RoomMode mode) {
        if (inUse != TopologyKind.MESH) {
            throw new ConflictException(ErrorCode.TOPOLOGY_NOT_MESH,
                    "Media flow through the SFU in this room now: there is nothing to relay between peers.");
        }
        if (!sender.isAdmitted()) {
            throw new ConflictException(ErrorCode.NOT_ADMITTED, "You are still in the lobby.");
        }
        if (target == null || !EventReceiver.participant(sender, mode).sees(target)) {
            throw new NotFoundException(ErrorCode.PEER_NOT_FOUND, "No peer of this id is connected in the room.");
        }
        if (target.id().equals(sender.id())) {
            throw new ForbiddenException(ErrorCode.SIGNAL_NOT_ALLOWED, "A signal goes to another peer, not to oneself.");
        }
        if (!target.isAdmitted()) {
            throw new ForbiddenException(ErrorCode.SIGNAL_NOT_ALLOWED,
                    "Signals go between people in the room; this one is still in the lobby.");
        }
        if (kind == SignalKind.OFFER && !sender.may(Permission.PUBLISH_AUDIO, mode)
                && !sender.may(Permission.PUBLISH_VIDEO, mode)) {
            throw new ForbiddenException(ErrorCode.PERMISSION_DENIED,
                    "A " + sender.role() + " may not publish in this room, so it may not offer; it may answer.");
        }
    }
}
