package dev.atrium.application.port.in.room;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.room.Room;

public interface GetRoomUseCase {
    /** @throws dev.atrium.domain.shared.NotFoundException when the tenant has no such room */
    Room getRoom(RoomLocator room);
}
