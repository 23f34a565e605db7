package dev.atrium.application.service;

import dev.atrium.application.port.in.token.VerifyJoinTokenUseCase;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A token is valid when the key its header names exists and still verifies, the signature checks
 * with that key's own algorithm, issuer and audience are ours, the key belongs to the tenant the
 * token claims, the time is within the token's window (30 s skew) and it was not revoked.
 */
public final class VerifyJoinTokenService implements VerifyJoinTokenUseCase {
    private final CurrentSigningKeys keys;
    private final TokenCodec codec;
    private final TokenLedger ledger;
    private final TokenIssuer issuer;
    private final Clock clock;

    public VerifyJoinTokenService(CurrentSigningKeys keys, TokenCodec codec, TokenLedger ledger, TokenIssuer issuer, Clock clock) {
        this.keys = keys;
        this.codec = codec;
        this.ledger = ledger;
        this.issuer = issuer;
        this.clock = clock;
    }

    @Override
    public Optional<JoinGrant> verify(String token) {
        Instant now = clock.instant();
        return codec.keyIdOf(token)
                .flatMap(keys::byKid)
                .filter(key -> key.verifiesAt(now))
                .flatMap(key -> codec.decode(token, key, issuer).filter(grant -> signedByItsTenant(grant, key)))
                .filter(grant -> grant.isCurrentAt(now))
                .filter(grant -> !ledger.isRevoked(grant));
    }

    private static boolean signedByItsTenant(JoinGrant grant, SigningKey key) {
        return grant.tenantId().equals(key.tenantId());
    }
}
