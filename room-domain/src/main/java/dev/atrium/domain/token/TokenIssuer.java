package dev.atrium.domain.token;

import java.util.Objects;

/** Who signs join tokens ({@code iss}) and who they are for ({@code aud}): fixed per deployment. */
public record TokenIssuer(String issuer, String audience) {
    public TokenIssuer {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        if (issuer.isBlank() || audience.isBlank()) {
            throw new IllegalArgumentException("issuer and audience are not blank");
        }
    }
}
