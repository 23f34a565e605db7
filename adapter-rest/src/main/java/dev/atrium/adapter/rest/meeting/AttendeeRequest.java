package dev.atrium.adapter.rest.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An attendee as a client writes it: a member of the meeting's room ({@code name} is its displayName). */
@Serdeable
public record AttendeeRequest(@Nullable String userRef, @Nullable String name, @Nullable String email,
                              @Nullable String role) {
}
