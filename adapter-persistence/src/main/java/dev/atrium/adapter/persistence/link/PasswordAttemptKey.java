package dev.atrium.adapter.persistence.link;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of {@code password_attempts}: one client (by the SHA-256 of its name) on one room. */
@Embeddable
record PasswordAttemptKey(@MappedProperty("room_id") String roomId, @MappedProperty("client_hash") String clientHash) {
}
