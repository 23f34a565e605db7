package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.token.JoinGrant;

import java.util.Objects;

/**
 * A request to enter a room: the verified grant of the join token the client presented (see
 * {@link dev.atrium.application.port.in.token.VerifyJoinTokenUseCase}), the room password when the room has one and the token is a
 * guest's, and the client's address (password attempts are throttled per room and client).
 */
public record JoinRoomCommand(RoomLocator room, JoinGrant grant, String password, String client) {
    public JoinRoomCommand {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(grant, "grant");
        Objects.requireNonNull(client, "client");
    }
}
