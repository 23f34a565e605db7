package dev.atrium.bootstrap;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Time and randomness for the use cases. One strong generator serves ids and secrets alike: ids
 * need no strength, but a single source keeps secrets from ever coming from a weak one by mistake.
 */
@Factory
class FoundationFactory {

    /** Microseconds: what both databases keep, so a stored instant reads back as it was answered. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Singleton
    @Named("secure")
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
