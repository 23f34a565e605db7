package dev.atrium.adapter.rest.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Media flags to turn on or off; an absent (or {@code null}) flag stays as it is. */
@Serdeable
public record MediaRequest(@Nullable Boolean microphone, @Nullable Boolean camera, @Nullable Boolean chat) {
}
