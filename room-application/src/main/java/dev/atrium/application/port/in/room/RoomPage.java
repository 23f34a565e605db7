package dev.atrium.application.port.in.room;

import dev.atrium.domain.room.Room;

import java.util.List;
import java.util.Optional;

/** A page of rooms and, when more follow, the cursor for the next page. */
public record RoomPage(List<Room> rooms, Optional<RoomCursor> next) {
    public RoomPage {
        rooms = List.copyOf(rooms);
    }
}
