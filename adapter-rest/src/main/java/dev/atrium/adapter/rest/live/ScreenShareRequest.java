package dev.atrium.adapter.rest.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Starting to share the screen; {@code takeOver} ends another presenter's share instead of being refused. */
@Serdeable
public record ScreenShareRequest(@Nullable Boolean takeOver) {
}
