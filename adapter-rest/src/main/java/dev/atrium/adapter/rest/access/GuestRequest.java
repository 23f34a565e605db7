package dev.atrium.adapter.rest.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A guest at a public link: the name to show, and the password when the link or room has one. */
@Serdeable
public record GuestRequest(@Nullable String displayName, @Nullable String password) {
}
