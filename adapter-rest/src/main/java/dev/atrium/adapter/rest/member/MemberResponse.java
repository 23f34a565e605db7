package dev.atrium.adapter.rest.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A member as the API shows it; {@code email} is {@code null} when none was given. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MemberResponse(String userRef, String displayName, @Nullable String email, String role, String addedAt) {
}
