package dev.atrium.adapter.rest.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Every link of a room, revoked ones included. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LinkListResponse(List<LinkResponse> items) {
}
