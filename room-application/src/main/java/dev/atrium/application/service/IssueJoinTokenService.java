package dev.atrium.application.service;

import dev.atrium.application.port.in.token.IssueJoinTokenUseCase;
import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.domain.token.JoinTokenRequest;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** One indexed read (the room) and one signature (with the cached current key). */
public final class IssueJoinTokenService implements IssueJoinTokenUseCase {
    private final RoomFinder finder;
    private final TokenMinting minting;

    public IssueJoinTokenService(RoomRepository rooms, CurrentSigningKeys keys, TokenCodec codec, TokenIssuer issuer,
                                 Clock clock, RandomGenerator random) {
        this.finder = new RoomFinder(rooms);
        this.minting = new TokenMinting(keys, codec, issuer, clock, random);
    }

    @Override
    public IssuedToken issueJoinToken(RoomLocator room, JoinTokenRequest request) {
        return minting.mint(finder.find(room), request);
    }
}
