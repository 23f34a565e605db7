package dev.atrium.adapter.rest.jwt;

import dev.atrium.adapter.rest.support.MediaServer;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Any standard JWT library verifies Atrium's tokens: jose4j, with nothing but the key as the API
 * publishes it ({@link JsonWebKeys#verificationKey}), accepts them and reads every claim.
 */
class IndependentVerificationTest {
    private static final TokenIssuer ISSUER = new TokenIssuer("atrium", "atrium-rooms");

    private final JwtTokenCodec codec = new JwtTokenCodec();
    private final MediaServer mediaServer = new MediaServer("atrium", "atrium-rooms");

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void anotherLibraryVerifiesTheTokenWithThePublishedKeyAndReadsItsClaims(SigningAlgorithm algorithm) throws Exception {
        SigningKey key = JwtTokenCodecTest.key(algorithm);
        JoinGrant grant = JwtTokenCodecTest.grant();

        JwtClaims claims = mediaServer.verify(codec.encode(grant, key, ISSUER), algorithm.name(),
                JsonWebKeys.verificationKey(key), grant.issuedAt().plusSeconds(1));

        assertEquals("alice", claims.getSubject());
        assertEquals(grant.jti().value(), claims.getJwtId());
        assertEquals(grant.roomId().value(), claims.getStringClaimValue("room"));
        assertEquals(grant.tenantId().value(), claims.getStringClaimValue("tenant"));
        assertEquals("MODERATOR", claims.getStringClaimValue("role"));
        assertEquals("join", claims.getStringClaimValue("typ"));
        assertEquals(Map.of("seat", "12"), claims.getClaimValue("metadata"));
        assertEquals(grant.expiresAt().getEpochSecond(), claims.getExpirationTime().getValue());
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void theOtherLibraryRefusesATokenSignedWithAnotherKey(SigningAlgorithm algorithm) {
        SigningKey published = JwtTokenCodecTest.key(algorithm);
        JoinGrant grant = JwtTokenCodecTest.grant();
        String token = codec.encode(grant, JwtTokenCodecTest.key(algorithm), ISSUER);

        assertThrows(InvalidJwtException.class, () -> mediaServer.verify(token, algorithm.name(),
                JsonWebKeys.verificationKey(published), grant.issuedAt().plusSeconds(1)));
    }

    @Test
    void theOtherLibraryRefusesAnExpiredToken() {
        SigningKey key = JwtTokenCodecTest.key(SigningAlgorithm.HS256);
        JoinGrant grant = JwtTokenCodecTest.grant();
        String token = codec.encode(grant, key, ISSUER);

        assertThrows(InvalidJwtException.class, () -> mediaServer.verify(token, "HS256",
                JsonWebKeys.verificationKey(key), grant.expiresAt().plusSeconds(120)));
    }

    @Test
    void thePublicJwkIsAnEcP256SigningKeyNamedByItsKid() {
        SigningKey key = JwtTokenCodecTest.key(SigningAlgorithm.ES256);

        Map<String, Object> jwk = JsonWebKeys.publicJwk(key);

        assertEquals(Map.of("kty", "EC", "crv", "P-256", "kid", key.kid(), "use", "sig", "alg", "ES256"),
                Map.of("kty", jwk.get("kty"), "crv", jwk.get("crv"), "kid", jwk.get("kid"), "use", jwk.get("use"),
                        "alg", jwk.get("alg")));
        assertEquals(Set.of("kty", "crv", "x", "y", "kid", "use", "alg"), jwk.keySet(), "no private part");
    }
}
