package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A public link as one row of {@code public_links}: the SHA-256 of its token, never the token. */
@MappedEntity(value = "public_links", escape = false)
record LinkRow(@Id String id, String tenantId, String roomId, String role, String tokenHash,
               @TimestampColumn @Nullable OffsetDateTime expiresAt, @Nullable String passwordHash,
               @Nullable Integer maxUses, int uses, @TimestampColumn OffsetDateTime createdAt,
               @TimestampColumn @Nullable OffsetDateTime revokedAt) {
}
