package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.SignedJWT;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Signing and verifying compact JWS with a {@link SigningKey}, the part join tokens and session
 * credentials share. The algorithm and the key come from the key only: a token whose header names
 * another algorithm or another {@code kid} is refused before any signature check, and anything that
 * is not a signed JWT ({@code alg: none}, JWE, garbage) does not even parse. Tokens are written and
 * read in their {@link CanonicalForm} only.
 */
final class SignedTokens {
    private SignedTokens() {
    }

    static String sign(JWTClaimsSet claims, JOSEObjectType type, SigningKey key) {
        JWSHeader header = new JWSHeader.Builder(KeyMaterial.algorithmOf(key))
                .type(type)
                .keyID(key.kid())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(KeyMaterial.signer(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with key " + key.kid() + " failed", e);
        }
        if (key.algorithm() != SigningAlgorithm.ES256) {
            return jwt.serialize();
        }
        Base64URL lowS = Base64URL.encode(CanonicalForm.withLowS(jwt.getSignature().decode()));
        return jwt.getHeader().toBase64URL() + "." + jwt.getPayload().toBase64URL() + "." + lowS;
    }

    /** The {@code kid} of the header, read without verifying anything; empty when not a signed JWT. */
    static Optional<String> keyIdOf(String token) {
        return parse(token).map(jwt -> jwt.getHeader().getKeyID());
    }

    /** The claims of a token that {@code key} signed with its own algorithm; empty for anything else. */
    static Optional<Verified> verify(String token, SigningKey key) {
        return parse(token)
                .filter(jwt -> KeyMaterial.algorithmOf(key).equals(jwt.getHeader().getAlgorithm()))
                .filter(jwt -> key.kid().equals(jwt.getHeader().getKeyID()))
                .filter(jwt -> key.algorithm() != SigningAlgorithm.ES256 || CanonicalForm.hasLowS(jwt.getSignature().decode()))
                .filter(jwt -> verifies(jwt, key))
                .flatMap(jwt -> Optional.ofNullable(jwt.getPayload().toJSONObject())
                        .map(claims -> new Verified(jwt.getHeader().getType(), claims)));
    }

    /** A verified token: the {@code typ} of its header ({@code null} when it has none) and its claims. */
    record Verified(JOSEObjectType type, Map<String, Object> claims) {
    }

    private static Optional<SignedJWT> parse(String token) {
        if (!CanonicalForm.isCanonical(token)) {
            return Optional.empty();
        }
        try {
            return Optional.of(SignedJWT.parse(token));
        } catch (ParseException notASignedJwt) {
            return Optional.empty();
        }
    }

    private static boolean verifies(SignedJWT jwt, SigningKey key) {
        try {
            return jwt.verify(KeyMaterial.verifier(key));
        } catch (JOSEException unverifiable) {
            return false;
        }
    }
}
