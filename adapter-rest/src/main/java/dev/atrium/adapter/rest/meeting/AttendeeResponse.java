package dev.atrium.adapter.rest.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An attendee as the API shows it; {@code email} is {@code null} when none was given (and nobody was invited). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AttendeeResponse(String userRef, String name, @Nullable String email, String role, String addedAt) {
}
