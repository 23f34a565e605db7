package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.JOSEObjectType;
import dev.atrium.application.port.out.TokenCodec;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;
import jakarta.inject.Singleton;

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
        return SignedTokens.sign(JoinClaims.of(grant, issuer), JOSEObjectType.JWT, key);
    }

    @Override
    public Optional<String> keyIdOf(String token) {
        return SignedTokens.keyIdOf(token);
    }

    @Override
    public Optional<JoinGrant> decode(String token, SigningKey key, TokenIssuer issuer) {
        return SignedTokens.verify(token, key).flatMap(verified -> JoinClaims.read(verified.claims(), issuer));
    }
}
