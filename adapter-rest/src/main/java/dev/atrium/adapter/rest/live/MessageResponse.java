package dev.atrium.adapter.rest.live;

import io.micronaut.serde.annotation.Serdeable;

/** A chat message; {@code id} grows with every message of the room, so it is the place to read on from. */
@Serdeable
public record MessageResponse(long id, String author, String authorDisplayName, String text, String postedAt) {
}
