package dev.atrium.adapter.rest.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A chat message to post. */
@Serdeable
public record MessageRequest(@Nullable String text) {
}
