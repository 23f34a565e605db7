package dev.atrium.archfixture.adapter.alpha;

import dev.atrium.archfixture.adapter.beta.PersistenceAdapter;

// Breaks "adapters do not depend on each other".
public record RestAdapterUsingPersistenceAdapter(PersistenceAdapter storage) {
}
