package dev.atrium.application.port.in.meeting;

import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.room.Room;

import java.util.List;
import java.util.Objects;

/** A meeting as it is stored: its SCHEDULED room and its attendees (the room's members, owners first). */
public record Meeting(Room room, List<RoomMember> attendees) {
    public Meeting {
        Objects.requireNonNull(room, "room");
        attendees = List.copyOf(attendees);
    }
}
