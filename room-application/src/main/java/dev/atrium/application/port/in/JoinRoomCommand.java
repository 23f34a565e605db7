package dev.atrium.application.port.in;

import java.util.Objects;

/**
 * A request to enter a room: the join token (as the client presented it), the room password when
 * the room has one and the token is a guest's, and the client's address (password attempts are
 * throttled per room and client).
 */
public record JoinRoomCommand(RoomLocator room, String joinToken, String password, String client) {
    public JoinRoomCommand {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(joinToken, "joinToken");
        Objects.requireNonNull(client, "client");
    }
}
