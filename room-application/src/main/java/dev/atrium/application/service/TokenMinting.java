package dev.atrium.application.service;

import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.JoinTokenRequest;
import dev.atrium.domain.token.TokenId;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** Grants entry to a room and signs the grant with the tenant's current key: shared by API-issued and guest tokens. */
final class TokenMinting {
    private final CurrentSigningKeys keys;
    private final TokenCodec codec;
    private final TokenIssuer issuer;
    private final Clock clock;
    private final RandomGenerator random;

    TokenMinting(CurrentSigningKeys keys, TokenCodec codec, TokenIssuer issuer, Clock clock, RandomGenerator random) {
        this.keys = keys;
        this.codec = codec;
        this.issuer = issuer;
        this.clock = clock;
        this.random = random;
    }

    IssuedToken mint(Room room, JoinTokenRequest request) {
        Instant now = clock.instant();
        JoinGrant grant = JoinGrant.issue(room, request, TokenId.next(now, random), now);
        return new IssuedToken(codec.encode(grant, keys.current(room.tenantId()), issuer), grant);
    }
}
