package dev.atrium.application.service;

import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Duration;
import java.util.Objects;

/**
 * {@code presenceTimeout} is how long a session lives without a ping, and also the grace a session
 * gets to ping again after a store outage; tokens are signed with {@code algorithm} for {@code issuer}.
 */
public record UseCaseSettings(TokenIssuer issuer, SigningAlgorithm algorithm, Duration presenceTimeout) {
    public UseCaseSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(presenceTimeout, "presenceTimeout");
    }
}
