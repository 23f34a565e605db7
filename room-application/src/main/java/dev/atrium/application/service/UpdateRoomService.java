package dev.atrium.application.service;

import dev.atrium.application.port.in.room.UpdateRoomCommand;
import dev.atrium.application.port.in.room.UpdateRoomUseCase;
import dev.atrium.domain.room.Room;

import java.util.function.Function;
import java.util.random.RandomGenerator;

/** Changes a room's settings under its lock, as every change of a room is made ({@link LiveRoomChanges}). */
public final class UpdateRoomService implements UpdateRoomUseCase {
    private final LiveRoomChanges changes;
    private final RandomGenerator random;

    UpdateRoomService(LiveRoomChanges changes, RandomGenerator random) {
        this.changes = changes;
        this.random = random;
    }

    @Override
    public Room updateRoom(UpdateRoomCommand command) {
        return changes.apply(command.room(), (live, now) -> {
            ExpectedVersion.require(command.expectedVersion(), live.room());
            live.revise(command.revision().apply(live.room().toDraft()), now, random);
        }, Function.identity());
    }
}
