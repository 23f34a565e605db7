package dev.atrium.application.port.in.room;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.room.RoomDraft;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * Change a room's settings. {@code revision} turns the room's current draft into the desired one
 * (a merge patch, say); it may run more than once when a concurrent write forces a retry, so it must
 * be a pure function of its input. With an {@code expectedVersion}, a room at another version is
 * refused instead of retried.
 */
public record UpdateRoomCommand(RoomLocator room, OptionalLong expectedVersion, UnaryOperator<RoomDraft> revision) {
    public UpdateRoomCommand {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(revision, "revision");
    }
}
