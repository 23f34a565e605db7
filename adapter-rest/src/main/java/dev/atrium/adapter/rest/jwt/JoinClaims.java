package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.TokenId;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The claims of a join token, exactly: {@code iss aud typ sub room tenant role name metadata iat nbf
 * exp jti}. Reading is strict: a claim that is missing or of another JSON type makes the whole token
 * unreadable, and {@code aud} is one string, never an array.
 */
final class JoinClaims {
    private JoinClaims() {
    }

    static JWTClaimsSet of(JoinGrant grant, TokenIssuer issuer) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .audience(issuer.audience())
                .claim("typ", JwtTokenCodec.TOKEN_TYPE)
                .subject(grant.subject().value())
                .claim("room", grant.roomId().value())
                .claim("tenant", grant.tenantId().value())
                .claim("role", grant.role().name())
                .claim("name", grant.name())
                .claim("metadata", grant.metadata())
                .issueTime(Date.from(grant.issuedAt()))
                .notBeforeTime(Date.from(grant.notBefore()))
                .expirationTime(Date.from(grant.expiresAt()))
                .jwtID(grant.jti().value())
                .build();
    }

    /** The grant of verified claims, when they are join claims of this issuer for this audience. */
    static Optional<JoinGrant> read(Map<String, Object> claims, TokenIssuer issuer) {
        if (!JwtTokenCodec.TOKEN_TYPE.equals(claims.get("typ")) || !issuer.issuer().equals(claims.get("iss"))
                || !issuer.audience().equals(claims.get("aud"))) {
            return Optional.empty();
        }
        String jti = text(claims, "jti", TokenId::isValid);
        String tenant = text(claims, "tenant", TenantId::isValid);
        String room = text(claims, "room", RoomId::isValid);
        String subject = text(claims, "sub", UserRef::isValid);
        String role = text(claims, "role", JoinClaims::isRole);
        String name = text(claims, "name", any -> true);
        Map<String, String> metadata = metadata(claims.get("metadata"));
        Instant issuedAt = seconds(claims.get("iat"));
        Instant notBefore = seconds(claims.get("nbf"));
        Instant expiresAt = seconds(claims.get("exp"));
        if (Stream.of(jti, tenant, room, subject, role, name, metadata, issuedAt, notBefore, expiresAt).anyMatch(Objects::isNull)) {
            return Optional.empty();
        }
        return Optional.of(new JoinGrant(new TokenId(jti), new TenantId(tenant), new RoomId(room), new UserRef(subject),
                Role.valueOf(role), name, metadata, issuedAt, notBefore, expiresAt));
    }

    private static String text(Map<String, Object> claims, String name, Predicate<String> valid) {
        return claims.get(name) instanceof String text && valid.test(text) ? text : null;
    }

    private static boolean isRole(String name) {
        return Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name));
    }

    /** NumericDate in whole seconds; a fraction or any other type is not one of ours. */
    private static Instant seconds(Object value) {
        return value instanceof Long || value instanceof Integer ? Instant.ofEpochSecond(((Number) value).longValue()) : null;
    }

    private static Map<String, String> metadata(Object value) {
        if (!(value instanceof Map<?, ?> entries)) {
            return null;
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            if (!(entry.getKey() instanceof String key) || !(entry.getValue() instanceof String text)) {
                return null;
            }
            metadata.put(key, text);
        }
        return metadata;
    }
}
