package dev.atrium.application.port.in.room;

import dev.atrium.domain.room.Room;

public interface UpdateRoomUseCase {
    /** @throws dev.atrium.domain.shared.PreconditionFailedException when the expected version is stale */
    Room updateRoom(UpdateRoomCommand command);
}
