package dev.atrium.adapter.rest.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A new tenant; the domain requires the name and reports it missing like any other mistake. */
@Serdeable
public record CreateTenantRequest(@Nullable String name) {
}
