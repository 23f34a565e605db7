package dev.atrium.adapter.rest.vocabulary;

import dev.atrium.adapter.rest.room.RoomResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field of every request and response document of the REST adapter is named by the API's
 * vocabulary in docs/api.md: one name per concept, so a person's name cannot be {@code displayName}
 * here and {@code name} there. A document a standard shapes (RFC 7662 introspection, a JWKS, an RFC
 * 9457 problem) is held to the names of that standard, listed there too.
 */
class ApiVocabularyTest {

    @Test
    void everyFieldOfEveryDocumentIsAWordOfTheVocabulary() throws IOException {
        ApiVocabulary vocabulary = ApiVocabulary.fromApiReference();
        List<Class<?>> documents = Documents.under(RoomResponse.class, "dev.atrium.adapter.rest");

        assertTrue(documents.size() > 30, "the scan finds the adapter's documents: " + documents);
        assertEquals(List.of(), vocabulary.namesOutside(documents));
    }

    @Test
    void aFieldNamedOutsideTheVocabularyIsReported() throws IOException {
        ApiVocabulary vocabulary = ApiVocabulary.fromApiReference();

        assertEquals(List.of("PlantedResponse.authorName", "PlantedResponse.Author.name", "PlantedResponse.Author.state",
                        "PlantedResponse.Author.iss"),
                vocabulary.namesOutside(List.of(PlantedResponse.class, PlantedResponse.Author.class)));
    }

    @Test
    void aStandardsNameIsAllowedOnlyInTheDocumentsTheStandardShapes() throws IOException {
        ApiVocabulary vocabulary = ApiVocabulary.fromApiReference();

        assertEquals(List.of(), vocabulary.namesOutside(Documents.standardShaped()));
        assertTrue(vocabulary.standardNames().containsAll(List.of("iss", "sub", "token_type", "kty")));
        assertFalse(vocabulary.names().contains("iss"), "a claim name is no word of the API's own documents");
    }
}
