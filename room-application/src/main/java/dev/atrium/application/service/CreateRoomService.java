package dev.atrium.application.service;

import dev.atrium.application.port.in.CreateRoomCommand;
import dev.atrium.application.port.in.CreateRoomUseCase;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;

import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

public final class CreateRoomService implements CreateRoomUseCase {
    private final RoomRepository rooms;
    private final Clock clock;
    private final RandomGenerator random;

    public CreateRoomService(RoomRepository rooms, Clock clock, RandomGenerator random) {
        this.rooms = rooms;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Room createRoom(CreateRoomCommand command) {
        Instant now = clock.instant();
        Room room = Room.create(RoomId.next(now, random), command.tenantId(), command.draft(), now, random);
        return rooms.insert(room);
    }
}
