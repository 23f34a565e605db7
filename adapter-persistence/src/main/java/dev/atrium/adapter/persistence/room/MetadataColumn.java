package dev.atrium.adapter.persistence.room;

import dev.atrium.domain.room.RoomMetadata;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Map;

/**
 * Room metadata in its column: the compact JSON the domain writes, read back into the values the
 * domain checks again. The domain has no JSON parser of its own, so reading lives here.
 */
@Singleton
class MetadataColumn {
    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper jsonMapper;

    MetadataColumn(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    String toColumn(RoomMetadata metadata) {
        return metadata.toJson();
    }

    RoomMetadata fromColumn(String json) {
        try {
            return RoomMetadata.of(jsonMapper.readValue(json, JSON_OBJECT));
        } catch (IOException e) {
            throw new DataAccessException("Stored room metadata is not a JSON object", e);
        }
    }
}
