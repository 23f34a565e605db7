package dev.atrium.application.port.in.token;

import dev.atrium.domain.token.SigningKey;

import java.util.List;

/** The public halves of the signing keys: what the JWKS publishes. */
public interface ListPublicKeysUseCase {
    /** Every key that verifies tokens now and has a public half (ES256). */
    List<SigningKey> publicKeys();
}
