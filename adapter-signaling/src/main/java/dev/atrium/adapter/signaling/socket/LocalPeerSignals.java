package dev.atrium.adapter.signaling.socket;

import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.room.RoomId;
import jakarta.inject.Singleton;

import java.util.Optional;

/** The peers of this node: a target is reached when its socket is open and welcomed here. */
@Singleton
final class LocalPeerSignals implements PeerSignals {
    private final RoomChannels channels;

    LocalPeerSignals(RoomChannels channels) {
        this.channels = channels;
    }

    @Override
    public Optional<Peer> peer(RoomId room, ParticipantId target) {
        return channels.open(room, target).map(Channel::peer);
    }

    @Override
    public boolean relay(RoomId room, ParticipantId target, String frame) {
        return channels.open(room, target).map(channel -> {
            channel.sendFrame(frame);
            return true;
        }).orElse(false);
    }
}
