package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.SignedJWT;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Join tokens as compact JWS: header {@code alg} (HS256 or ES256, the key's), {@code typ: JWT} and
 * {@code kid}; claims as {@link JoinClaims} writes them. Decoding trusts nothing the token says
 * about how to check it: the verifier is built from the key's own algorithm, a token whose header
 * names another algorithm or another key is refused before any signature check, and anything that
 * is not a signed JWT ({@code alg: none}, JWE, garbage) does not even parse.
 */
@Singleton
public final class JwtTokenCodec implements TokenCodec {
    /** The {@code typ} claim of a join token, telling it apart from any other JWT signed with the same key. */
    public static final String TOKEN_TYPE = "join";

    @Override
    public String encode(JoinGrant grant, SigningKey key, TokenIssuer issuer) {
        JWSHeader header = new JWSHeader.Builder(KeyMaterial.algorithmOf(key))
                .type(JOSEObjectType.JWT)
                .keyID(key.kid())
                .build();
        SignedJWT jwt = new SignedJWT(header, JoinClaims.of(grant, issuer));
        try {
            jwt.sign(KeyMaterial.signer(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("signing with key " + key.kid() + " failed", e);
        }
        return jwt.serialize();
    }

    @Override
    public Optional<String> keyIdOf(String token) {
        return parse(token).map(jwt -> jwt.getHeader().getKeyID());
    }

    @Override
    public Optional<JoinGrant> decode(String token, SigningKey key, TokenIssuer issuer) {
        return parse(token)
                .filter(jwt -> KeyMaterial.algorithmOf(key).equals(jwt.getHeader().getAlgorithm()))
                .filter(jwt -> key.kid().equals(jwt.getHeader().getKeyID()))
                .filter(jwt -> verifies(jwt, key))
                .flatMap(jwt -> Optional.ofNullable(jwt.getPayload().toJSONObject()))
                .flatMap(claims -> JoinClaims.read(claims, issuer));
    }

    private static Optional<SignedJWT> parse(String token) {
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
