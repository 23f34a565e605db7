package dev.atrium.bootstrap;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;

/**
 * Time and randomness for the use cases. One strong generator serves ids and secrets alike: ids
 * need no strength, but a single source keeps secrets from ever coming from a weak one by mistake.
 */
@Factory
class FoundationFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    @Named("secure")
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
