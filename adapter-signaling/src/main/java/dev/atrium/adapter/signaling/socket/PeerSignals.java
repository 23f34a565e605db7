package dev.atrium.adapter.signaling.socket;

import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.room.RoomId;

import java.util.Optional;

/**
 * Where the peer relay finds the target of a signal and hands it its frame. On one node that is the
 * target's socket here ({@link LocalPeerSignals}); a cluster (issue 11) carries both between nodes.
 */
interface PeerSignals {
    /** The target as its socket knows it now, when it has an open, welcomed socket. */
    Optional<Peer> peer(RoomId room, ParticipantId target);

    /** Hands the target's socket its {@code signal} frame; false when it has none any more. */
    boolean relay(RoomId room, ParticipantId target, String frame);
}
