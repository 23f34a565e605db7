package dev.atrium.application.service;

import dev.atrium.application.port.in.EndRoomUseCase;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.room.Room;

import java.time.Clock;
import java.util.OptionalLong;

public final class EndRoomService implements EndRoomUseCase {
    private final RoomRepository rooms;
    private final RoomFinder finder;
    private final Clock clock;

    public EndRoomService(RoomRepository rooms, Clock clock) {
        this.rooms = rooms;
        this.finder = new RoomFinder(rooms);
        this.clock = clock;
    }

    @Override
    public Room endRoom(RoomLocator locator) {
        return OptimisticRetry.run(OptionalLong.empty(), () -> {
            Room room = finder.find(locator);
            return room.end(clock.instant()) ? rooms.update(room) : room;
        });
    }
}
