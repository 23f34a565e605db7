package dev.atrium.adapter.rest.token;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A join token just issued, with what it grants. The token is a secret: the answer is never cached,
 * and Atrium does not keep it (only revocations are kept, by {@code jti}).
 */
@Serdeable
public record TokenResponse(String token, String jti, String roomId, String userRef, String role, String displayName,
                            String issuedAt, String expiresAt) {
}
