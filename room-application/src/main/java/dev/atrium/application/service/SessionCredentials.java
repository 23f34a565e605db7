package dev.atrium.application.service;

import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Session credentials are signed with the tenant's current join-token key under their own token
 * type: a key rotation covers them too, and a join token never passes for one.
 */
final class SessionCredentials {
    private final CurrentSigningKeys keys;
    private final SessionCredentialCodec codec;
    private final TokenIssuer issuer;
    private final Clock clock;

    SessionCredentials(CurrentSigningKeys keys, SessionCredentialCodec codec, TokenIssuer issuer, Clock clock) {
        this.keys = keys;
        this.codec = codec;
        this.issuer = issuer;
        this.clock = clock;
    }

    record Issued(String credential, SessionGrant grant) {
    }

    Issued issue(LiveRoom room, ParticipantId participant, Instant now) {
        return encoded(SessionGrant.issue(room, participant, now));
    }

    private Issued encoded(SessionGrant grant) {
        return new Issued(codec.encode(grant, keys.current(grant.tenantId()), issuer), grant);
    }

    /** A fresh credential for the session {@code current} names, without its room: what a ping hands out. */
    Issued renew(SessionGrant current, Instant now) {
        return encoded(current.renewedAt(now));
    }

    Optional<SessionGrant> verify(String credential) {
        Instant now = clock.instant();
        return codec.keyIdOf(credential)
                .flatMap(keys::byKid)
                .filter(key -> key.verifiesAt(now))
                .flatMap(key -> codec.decode(credential, key, issuer).filter(grant -> grant.tenantId().equals(key.tenantId())))
                .filter(grant -> grant.isCurrentAt(now));
    }
}
