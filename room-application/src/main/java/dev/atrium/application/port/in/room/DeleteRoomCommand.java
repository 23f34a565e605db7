package dev.atrium.application.port.in.room;

import dev.atrium.application.port.in.RoomLocator;
import java.util.Objects;
import java.util.OptionalLong;

/** Delete a room; with an {@code expectedVersion}, only if it is still at that version. */
public record DeleteRoomCommand(RoomLocator room, OptionalLong expectedVersion) {
    public DeleteRoomCommand {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
