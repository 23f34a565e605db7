package dev.atrium.archfixture.adapter.beta;

import dev.atrium.archfixture.bootstrap.Wiring;

// Breaks "nothing outside bootstrap depends on bootstrap".
public record PersistenceAdapterUsingBootstrap(Wiring wiring) {
}
