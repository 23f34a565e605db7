package dev.atrium.archfixture.bootstrap;

import jakarta.inject.Inject;

import java.time.Clock;

// Breaks "no class uses field injection".
public abstract class FieldInjectedWiring {
    @Inject
    Clock clock;
}
