package dev.atrium.adapter.rest.token;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** A request for a join token as a client writes it; the domain's JoinTokenRequest validates every field. */
@Serdeable
public record IssueTokenRequest(@Nullable String displayName, @Nullable String role, @Nullable String userRef,
                                @Nullable Map<String, Object> metadata, @Nullable Integer ttlSeconds) {
}
