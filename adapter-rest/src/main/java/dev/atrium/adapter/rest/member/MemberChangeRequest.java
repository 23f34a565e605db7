package dev.atrium.adapter.rest.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What a PATCH of a member may change; a field left out or {@code null} stays as it is. */
@Serdeable
public record MemberChangeRequest(@Nullable String displayName, @Nullable String email, @Nullable String role) {
}
