package dev.atrium.application.service;

import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Duration;
import java.util.Objects;

/**
 * {@code presenceTimeout} is how long a session lives without a ping, and also the grace a session
 * gets to ping again after a store outage; {@code connectionGrace} is how long a participant stays
 * present after their live connection closed (and the most an open one keeps them ahead); tokens are
 * signed with {@code algorithm} for {@code issuer}.
 */
public record UseCaseSettings(TokenIssuer issuer, SigningAlgorithm algorithm, Duration presenceTimeout,
                              Duration connectionGrace) {
    public UseCaseSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(presenceTimeout, "presenceTimeout");
        Objects.requireNonNull(connectionGrace, "connectionGrace");
        if (connectionGrace.isNegative() || connectionGrace.isZero()) {
            throw new IllegalArgumentException("The connection grace must be positive, not " + connectionGrace);
        }
    }
}
