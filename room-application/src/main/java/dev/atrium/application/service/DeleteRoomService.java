package dev.atrium.application.service;

import dev.atrium.application.port.in.room.DeleteRoomCommand;
import dev.atrium.application.port.in.room.DeleteRoomUseCase;
import dev.atrium.application.port.out.RoomRepository;

/**
 * Deleting a room, under its lock: a room with a session running, or with people in its lobby,
 * is not deleted (end it first, which tells them), so no session ever disappears unannounced.
 */
public final class DeleteRoomService implements DeleteRoomUseCase {
    private final LiveRoomChanges changes;

    DeleteRoomService(LiveRoomChanges changes) {
        this.changes = changes;
    }

    @Override
    public void deleteRoom(DeleteRoomCommand command) {
        changes.delete(command.room(), live -> {
            ExpectedVersion.require(command.expectedVersion(), live.room());
            live.requireDeletable();
        });
    }
}
