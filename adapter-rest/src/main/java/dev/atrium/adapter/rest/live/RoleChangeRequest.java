package dev.atrium.adapter.rest.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A participant's new role in the live room. */
@Serdeable
public record RoleChangeRequest(@Nullable String role) {
}
