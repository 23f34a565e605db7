package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A token revoked by its jti through a room of a tenant, as one row of {@code revoked_tokens}. */
@MappedEntity(value = "revoked_tokens", escape = false)
record RevokedTokenRow(@EmbeddedId RevokedTokenKey key, @TimestampColumn OffsetDateTime forgetAfter) {
}
