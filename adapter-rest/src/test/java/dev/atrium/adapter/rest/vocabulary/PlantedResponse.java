package dev.atrium.adapter.rest.vocabulary;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A document with names the vocabulary does not have, for the vocabulary test to find: words the API
 * used before it had one name per concept (a person's {@code name}, {@code authorName}, {@code state}),
 * and a claim name, which only the introspection answer may use.
 */
@Serdeable
record PlantedResponse(long id, String authorName, Author author) {

    @Serdeable
    record Author(String participantId, String name, String state, String iss) {
    }
}
