package dev.atrium.adapter.signaling.socket;

import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.live.RoomEvent.RoomActivated;
import dev.atrium.domain.live.RoomEvent.TopologyUpgraded;
import dev.atrium.domain.room.RoomMode;
import dev.atrium.domain.room.TopologyKind;

import java.util.Objects;

/**
 * What a socket knows of its participant for the peer relay, kept up to date from the room's events
 * it is handed in order (those it may not see included), so a signal is decided without reading the
 * room: the participant as they are now, the topology the room's media flow by, and its mode.
 */
record Peer(Participant participant, TopologyKind topologyInUse, RoomMode mode) {
    Peer {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(topologyInUse, "topologyInUse");
        Objects.requireNonNull(mode, "mode");
    }

    /** As {@code event} leaves it: a change of the participant, an upgrade to SFU, a new session's topology. */
    Peer after(RoomEvent event) {
        TopologyKind topology = topologyInUse;
        if (event instanceof TopologyUpgraded upgraded) {
            topology = upgraded.to();
        } else if (event instanceof RoomActivated activated) {
            topology = activated.topology();
        }
        Participant next = Participant.after(participant, event);
        return next == participant && topology == topologyInUse ? this : new Peer(next, topology, mode);
    }
}
