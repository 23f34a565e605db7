package dev.atrium.application.port.out;

import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;

import java.util.Optional;

/**
 * Turns grants into signed compact JWTs and back. Decoding verifies the signature with the
 * algorithm of the given key only (never the one the token claims: no {@code none}, no HMAC/RSA
 * confusion), the token type, issuer and audience; time is checked by the caller.
 */
public interface TokenCodec {
    String encode(JoinGrant grant, SigningKey key, TokenIssuer issuer);

    /** The {@code kid} in the token's header, read without verifying anything; empty when not a JWT. */
    Optional<String> keyIdOf(String token);

    /** The grant of a token signed by {@code key} for {@code issuer}; empty when anything does not verify. */
    Optional<JoinGrant> decode(String token, SigningKey key, TokenIssuer issuer);
}
