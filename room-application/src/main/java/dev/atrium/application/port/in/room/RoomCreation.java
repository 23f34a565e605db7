package dev.atrium.application.port.in.room;

import dev.atrium.domain.room.Room;

import java.util.Objects;

/**
 * The room a create request resulted in. {@code created} is false when the request named a
 * ONE_TO_ONE pair that already has a room: that room is returned instead of a second one.
 */
public record RoomCreation(Room room, boolean created) {
    public RoomCreation {
        Objects.requireNonNull(room, "room");
    }
}
