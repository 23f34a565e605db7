package dev.atrium.application.port.in.room;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.room.Room;

public interface EndRoomUseCase {
    /** Ends the room for everyone; ending an ended room returns it unchanged. */
    Room endRoom(RoomLocator room);
}
