package dev.atrium.adapter.rest.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The terms of a new public link; every field is optional and the domain validates them. */
@Serdeable
public record OpenLinkRequest(@Nullable String role, @Nullable Integer ttlSeconds,
                              @Nullable String password, @Nullable Integer maxUses) {
}
