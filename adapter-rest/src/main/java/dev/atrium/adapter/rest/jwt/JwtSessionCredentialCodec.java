package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Session credentials as compact JWS, signed with the tenant's token key like join tokens but told
 * apart from them by the header's {@code typ: atrium-session+jwt} (RFC 8725, explicit typing): a join
 * token ({@code typ: JWT}, claim {@code typ: join}) is never taken for a session credential, nor a
 * session credential (no {@code typ} claim) for a join token. Claims, exactly: {@code iss aud sub}
 * (the participant id) {@code room tenant iat exp}, read strictly as {@link JoinClaims} reads its own.
 */
@Singleton
public final class JwtSessionCredentialCodec implements SessionCredentialCodec {
    /** The header {@code typ} of a session credential. */
    public static final JOSEObjectType CREDENTIAL_TYPE = new JOSEObjectType("atrium-session+jwt");

    @Override
    public String encode(SessionGrant grant, SigningKey key, TokenIssuer issuer) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .audience(issuer.audience())
                .subject(grant.participantId().value())
                .claim("room", grant.roomId().value())
                .claim("tenant", grant.tenantId().value())
                .issueTime(Date.from(grant.issuedAt()))
                .expirationTime(Date.from(grant.expiresAt()))
                .build();
        return SignedTokens.sign(claims, CREDENTIAL_TYPE, key);
    }

    @Override
    public Optional<String> keyIdOf(String credential) {
        return SignedTokens.keyIdOf(credential);
    }

    @Override
    public Optional<SessionGrant> decode(String credential, SigningKey key, TokenIssuer issuer) {
        return SignedTokens.verify(credential, key)
                .filter(verified -> CREDENTIAL_TYPE.equals(verified.type()))
                .flatMap(verified -> read(verified.claims(), issuer));
    }

    private static Optional<SessionGrant> read(Map<String, Object> claims, TokenIssuer issuer) {
        if (!issuer.issuer().equals(claims.get("iss")) || !issuer.audience().equals(claims.get("aud"))
                || claims.containsKey("typ")) {
            return Optional.empty();
        }
        String tenant = text(claims, "tenant", TenantId::isValid);
        String room = text(claims, "room", RoomId::isValid);
        String participant = text(claims, "sub", ParticipantId::isValid);
        Instant issuedAt = seconds(claims.get("iat"));
        Instant expiresAt = seconds(claims.get("exp"));
        if (Stream.of(tenant, room, participant, issuedAt, expiresAt).anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of(new SessionGrant(new TenantId(tenant), new RoomId(room), new ParticipantId(participant),
                issuedAt, expiresAt));
    }

    private static String text(Map<String, Object> claims, String name, Predicate<String> valid) {
        return claims.get(name) instanceof String text && valid.test(text) ? text : null;
    }

    /** NumericDate in whole seconds; a fraction or any other type is not one of ours. */
    private static Instant seconds(Object value) {
        return value instanceof Long || value instanceof Integer ? Instant.ofEpochSecond(((Number) value).longValue()) : null;
    }
}
