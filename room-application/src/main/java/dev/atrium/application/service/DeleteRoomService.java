package dev.atrium.application.service;

import dev.atrium.application.port.in.room.DeleteRoomCommand;
import dev.atrium.application.port.in.room.DeleteRoomUseCase;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.room.Room;

/**
 * Deleting a room, under its lock: a room with a session running, or with people in its lobby,
 * is not deleted (end it first, which tells them), so no session ever disappears unannounced.
 */
public final class DeleteRoomService implements DeleteRoomUseCase {
    private final LiveRoomChanges changes;
    private final RoomRepository rooms;

    DeleteRoomService(LiveRoomChanges changes, RoomRepository rooms) {
        this.changes = changes;
        this.rooms = rooms;
    }

    @Override
    public void deleteRoom(DeleteRoomCommand command) {
        OptimisticRetry.run(command.expectedVersion(), () -> changes.locked(command.room(), (live, now) -> {
            Room room = live.room();
            OptimisticRetry.requireVersion(command.expectedVersion(), room.version());
            live.requireDeletable();
            rooms.delete(room);
            return room;
        }));
    }
}
