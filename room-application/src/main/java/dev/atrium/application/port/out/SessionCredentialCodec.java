package dev.atrium.application.port.out;

import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;

import java.util.Optional;

/**
 * Turns session grants into signed compact JWTs and back. A session credential has its own token
 * type, so it is never taken for a join token, nor a join token for it. Decoding verifies the
 * signature with the given key's own algorithm, the type, issuer and audience; time is the caller's.
 */
public interface SessionCredentialCodec {
    String encode(SessionGrant grant, SigningKey key, TokenIssuer issuer);

    /** The {@code kid} in the credential's header, read without verifying anything. */
    Optional<String> keyIdOf(String credential);

    Optional<SessionGrant> decode(String credential, SigningKey key, TokenIssuer issuer);
}
