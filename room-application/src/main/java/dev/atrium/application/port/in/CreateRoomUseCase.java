package dev.atrium.application.port.in;

import dev.atrium.domain.room.Room;

public interface CreateRoomUseCase {
    /** @throws dev.atrium.domain.shared.InvalidInputException when the draft is not a valid room
     *  @throws dev.atrium.domain.shared.ConflictException when the externalId is taken */
    Room createRoom(CreateRoomCommand command);
}
