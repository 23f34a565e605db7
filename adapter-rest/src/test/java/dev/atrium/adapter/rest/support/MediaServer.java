package dev.atrium.adapter.rest.support;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

import java.security.Key;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * A tenant's media server checking join tokens offline with jose4j, a JWT library other than the one
 * Atrium signs with, from nothing but what the API publishes: the key of GET
 * /v1/signing-keys/current, or the JWK Set of /.well-known/jwks.json.
 */
public final class MediaServer {
    private final String issuer;
    private final String audience;

    public MediaServer(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    /**
     * Verifies with the {@code key} member of a signing-key answer: an HS256 secret as base64url text
     * or an ES256 public key as a JWK object. The answer's {@code alg} is the only one allowed.
     */
    public JwtClaims verify(String token, String alg, Object key, Instant at) throws InvalidJwtException, JoseException {
        Key verificationKey = alg.equals(AlgorithmIdentifiers.HMAC_SHA256)
                ? new HmacKey(Base64.getUrlDecoder().decode((String) key))
                : ((PublicJsonWebKey) JsonWebKey.Factory.newJwk(asJwk(key))).getPublicKey();
        return consumer(alg, at).setVerificationKey(verificationKey).build().processToClaims(token);
    }

    /** Verifies with a JWK Set, picking the key by the token's {@code kid}, ES256 only. */
    public JwtClaims verifyWithJwks(String token, String jwksJson, Instant at) throws InvalidJwtException, JoseException {
        JsonWebKeySet jwks = new JsonWebKeySet(jwksJson);
        return consumer(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, at)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(jwks.getJsonWebKeys()))
                .build().processToClaims(token);
    }

    private JwtConsumerBuilder consumer(String alg, Instant at) {
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, alg)
                .setExpectedIssuer(issuer)
                .setExpectedAudience(audience)
                .setRequireExpirationTime()
                .setRequireNotBefore()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setRequireSubject()
                .setEvaluationTime(NumericDate.fromSeconds(at.getEpochSecond()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asJwk(Object key) {
        return (Map<String, Object>) key;
    }
}
