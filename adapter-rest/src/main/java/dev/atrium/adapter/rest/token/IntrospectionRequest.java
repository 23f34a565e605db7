package dev.atrium.adapter.rest.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON form of an RFC 7662 introspection request. */
@Serdeable
public record IntrospectionRequest(@Nullable String token) {
}
