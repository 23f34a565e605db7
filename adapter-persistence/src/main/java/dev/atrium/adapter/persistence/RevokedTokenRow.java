package dev.atrium.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A token revoked by its jti, as one row of {@code revoked_tokens}. */
@MappedEntity(value = "revoked_tokens", escape = false)
record RevokedTokenRow(@Id String jti, String tenantId, String roomId, @TimestampColumn OffsetDateTime forgetAfter) {
}
