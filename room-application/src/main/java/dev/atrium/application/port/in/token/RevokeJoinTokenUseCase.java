package dev.atrium.application.port.in.token;

import dev.atrium.application.port.in.RoomLocator;

/** Takes one join token back before it expires. */
public interface RevokeJoinTokenUseCase {
    /** Revokes one token of the room by its jti. Idempotent. @throws dev.atrium.domain.shared.NotFoundException TOKEN_NOT_FOUND for a malformed jti */
    void revokeToken(RoomLocator room, String jti);
}
