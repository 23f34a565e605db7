package dev.atrium.adapter.persistence.room;

import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/** A participant's metadata (text values by name, from their join token) as a compact JSON object. */
@Singleton
class ParticipantMetadataColumn {
    private static final Argument<Map<String, String>> TEXT_BY_NAME = Argument.mapOf(String.class, String.class);

    private final JsonMapper jsonMapper;

    ParticipantMetadataColumn(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /** Names sorted, so one map is always one text. */
    String toColumn(Map<String, String> metadata) {
        try {
            return jsonMapper.writeValueAsString(TEXT_BY_NAME, new TreeMap<>(metadata));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, String> fromColumn(String json) {
        try {
            return jsonMapper.readValue(json, TEXT_BY_NAME);
        } catch (IOException e) {
            throw new DataAccessException("Stored participant metadata is not a JSON object of texts", e);
        }
    }
}
