package dev.atrium.adapter.rest.access;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Every link of a room, revoked ones included. */
@Serdeable
public record LinkListResponse(List<LinkResponse> items) {
}
