package dev.atrium.application.service;

import dev.atrium.application.port.in.room.GetRoomUseCase;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.room.Room;

public final class GetRoomService implements GetRoomUseCase {
    private final RoomFinder finder;

    public GetRoomService(RoomRepository rooms) {
        this.finder = new RoomFinder(rooms);
    }

    @Override
    public Room getRoom(RoomLocator room) {
        return finder.find(room);
    }
}
