package dev.atrium.application.port.in;

import dev.atrium.domain.room.Room;

public interface EndRoomUseCase {
    /** Ends the room for everyone; ending an ended room returns it unchanged. */
    Room endRoom(RoomLocator room);
}
