package dev.atrium.application.port.in.room;

public interface DeleteRoomUseCase {
    /** @throws dev.atrium.domain.shared.ConflictException when the room has a session running */
    void deleteRoom(DeleteRoomCommand command);
}
