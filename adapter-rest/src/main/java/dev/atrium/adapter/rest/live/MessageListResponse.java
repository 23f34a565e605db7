package dev.atrium.adapter.rest.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Chat messages, oldest first. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MessageListResponse(List<MessageResponse> items) {
}
