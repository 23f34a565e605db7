package dev.atrium.application.service;

import dev.atrium.application.port.in.DeleteRoomCommand;
import dev.atrium.application.port.in.DeleteRoomUseCase;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.room.Room;

public final class DeleteRoomService implements DeleteRoomUseCase {
    private final RoomRepository rooms;
    private final RoomFinder finder;

    public DeleteRoomService(RoomRepository rooms) {
        this.rooms = rooms;
        this.finder = new RoomFinder(rooms);
    }

    @Override
    public void deleteRoom(DeleteRoomCommand command) {
        OptimisticRetry.run(command.expectedVersion(), () -> {
            Room room = finder.find(command.room());
            OptimisticRetry.requireVersion(command.expectedVersion(), room.version());
            room.requireDeletable();
            rooms.delete(room);
            return room;
        });
    }
}
