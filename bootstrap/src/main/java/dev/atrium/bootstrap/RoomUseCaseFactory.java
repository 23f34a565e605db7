package dev.atrium.bootstrap;

import dev.atrium.application.port.in.room.CreateRoomUseCase;
import dev.atrium.application.port.in.room.GetRoomUseCase;
import dev.atrium.application.port.in.room.ListRoomsUseCase;
import dev.atrium.application.port.in.room.UpdateRoomUseCase;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.service.CreateRoomService;
import dev.atrium.application.service.GetRoomService;
import dev.atrium.application.service.ListRoomsService;
import dev.atrium.application.service.UpdateRoomService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** The room use cases, on the room repository the persistence adapter provides. */
@Factory
class RoomUseCaseFactory {

    @Singleton
    CreateRoomUseCase createRoom(RoomRepository rooms, Clock clock, @Named("secure") RandomGenerator random) {
        return new CreateRoomService(rooms, clock, random);
    }

    @Singleton
    GetRoomUseCase getRoom(RoomRepository rooms) {
        return new GetRoomService(rooms);
    }

    @Singleton
    ListRoomsUseCase listRooms(RoomRepository rooms) {
        return new ListRoomsService(rooms);
    }

    @Singleton
    UpdateRoomUseCase updateRoom(RoomRepository rooms, Clock clock, @Named("secure") RandomGenerator random) {
        return new UpdateRoomService(rooms, clock, random);
    }
}
