package dev.atrium.application.port.in.token;

import dev.atrium.application.port.in.RoomLocator;

/** Takes tokens back before they expire. */
public interface RevokeJoinTokensUseCase {
    /** Revokes one token of the room by its jti. Idempotent. @throws dev.atrium.domain.shared.NotFoundException TOKEN_NOT_FOUND for a malformed jti */
    void revokeToken(RoomLocator room, String jti);

    /** Revokes every token issued so far to {@code userRef} for the room (kick and ban use this). */
    void revokeAllOf(RoomLocator room, String userRef);
}
