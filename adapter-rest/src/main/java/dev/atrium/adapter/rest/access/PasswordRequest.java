package dev.atrium.adapter.rest.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A room's new password; the domain validates it. */
@Serdeable
public record PasswordRequest(@Nullable String password) {
}
