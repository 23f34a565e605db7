package dev.atrium.application.service;

import dev.atrium.application.port.in.room.UpdateRoomCommand;
import dev.atrium.application.port.in.room.UpdateRoomUseCase;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.room.Room;

import java.time.Clock;
import java.util.random.RandomGenerator;

public final class UpdateRoomService implements UpdateRoomUseCase {
    private final RoomRepository rooms;
    private final RoomFinder finder;
    private final Clock clock;
    private final RandomGenerator random;

    public UpdateRoomService(RoomRepository rooms, Clock clock, RandomGenerator random) {
        this.rooms = rooms;
        this.finder = new RoomFinder(rooms);
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Room updateRoom(UpdateRoomCommand command) {
        return OptimisticRetry.run(command.expectedVersion(), () -> {
            Room room = finder.find(command.room());
            OptimisticRetry.requireVersion(command.expectedVersion(), room.version());
            boolean changed = room.revise(command.revision().apply(room.toDraft()), clock.instant(), random);
            return changed ? rooms.update(room) : room;
        });
    }
}
