package dev.atrium.application.port.in.room;

public interface CreateRoomUseCase {
    /** @throws dev.atrium.domain.shared.InvalidInputException when the draft is not a valid room
     *  @throws dev.atrium.domain.shared.ConflictException when the externalId is taken */
    RoomCreation createRoom(CreateRoomCommand command);
}
