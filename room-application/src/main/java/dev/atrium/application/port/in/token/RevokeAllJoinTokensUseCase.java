package dev.atrium.application.port.in.token;

import dev.atrium.application.port.in.RoomLocator;

/** Takes back every join token a person holds for a room. */
public interface RevokeAllJoinTokensUseCase {
    /** Revokes every token issued so far to {@code userRef} for the room. */
    void revokeAllOf(RoomLocator room, String userRef);
}
