package dev.atrium.adapter.rest.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The optional body of entering a room: the room password, which a guest gives when the room has one. */
@Serdeable
public record JoinRequest(@Nullable String password) {
}
