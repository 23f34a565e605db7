package dev.atrium.application.port.in.live;

import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.TopologyKind;

import java.util.List;

/** A room and who is present in it (admitted and in the lobby), as one read. */
public record RoomPresence(Room room, TopologyKind topology, List<Participant> participants) {
    public RoomPresence {
        participants = List.copyOf(participants);
    }

    public static RoomPresence of(LiveRoom live) {
        return new RoomPresence(live.room(), live.topology(), live.participants());
    }
}
