package dev.atrium.domain.token;

/** How join tokens are signed. */
public enum SigningAlgorithm {
    /** HMAC-SHA256 with a 256-bit secret per tenant: cheap, verified by whoever holds the secret. The default. */
    HS256,
    /** ECDSA P-256: verifiable with a public key (JWKS), but some 65 times costlier to sign a whole token (docs/benchmarks.md). */
    ES256
}
