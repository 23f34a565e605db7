package dev.atrium.adapter.rest.room;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of rooms; {@code nextCursor} continues the listing and is {@code null} on the last page. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoomPageResponse(List<RoomResponse> items, @Nullable String nextCursor) {
}
