package dev.atrium.archfixture.application.service;

import dev.atrium.archfixture.adapter.beta.PersistenceAdapter;

// Breaks "the application depends only on itself, the domain and the JDK": it uses an adapter.
public record ServiceUsingAnAdapter(PersistenceAdapter storage) {
}
