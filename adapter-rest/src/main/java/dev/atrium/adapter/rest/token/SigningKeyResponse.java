package dev.atrium.adapter.rest.token;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A tenant's signing key as a media server needs it to verify join tokens offline: its {@code kid}
 * and {@code alg}, and {@code key}, the HS256 secret as base64url text or the ES256 public key as a
 * JWK object; with the {@code issuer} and {@code audience} tokens carry.
 */
@Serdeable
public record SigningKeyResponse(String kid, String alg, String createdAt, Object key, String issuer, String audience) {
}
