package dev.atrium.archfixture.adapter.alpha;

import io.micronaut.data.annotation.MappedEntity;

// Breaks "data access stays in the persistence adapter": a table row in the REST adapter.
@MappedEntity
public record RestAdapterWithMappedEntity(String id) {
}
