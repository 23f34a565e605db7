package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A client's password attempts on a room since {@code windowStart}, as one row of {@code password_attempts}. */
@MappedEntity(value = "password_attempts", escape = false)
record PasswordAttemptRow(@EmbeddedId PasswordAttemptKey key, int attempts, @TimestampColumn OffsetDateTime windowStart) {
}
