package dev.atrium.domain.meeting;

import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.room.Room;

import java.util.Objects;

/** A booked meeting before it is stored: its room and the attendees it starts with. */
public record Booking(Room room, InitialMembers attendees) {
    public Booking {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(attendees, "attendees");
    }
}
