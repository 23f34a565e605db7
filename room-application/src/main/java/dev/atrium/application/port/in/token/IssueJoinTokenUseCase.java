package dev.atrium.application.port.in.token;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.token.JoinTokenRequest;

/** Hands a person a join token for a room. On the hot path: one indexed read and one signature. */
public interface IssueJoinTokenUseCase {
    /**
     * @throws dev.atrium.domain.shared.ConflictException ROOM_ENDED when the room ended or is past its end
     * @throws dev.atrium.domain.shared.ConflictException ROOM_NOT_OPEN_YET before the room opens
     */
    IssuedToken issueJoinToken(RoomLocator room, JoinTokenRequest request);
}
