package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** An API key as one row of {@code api_keys}: the hash of its secret, never the secret. */
@MappedEntity(value = "api_keys", escape = false)
record ApiKeyRow(@Id String id, String tenantId, String secretHash, @TimestampColumn OffsetDateTime createdAt,
                 @TimestampColumn @Nullable OffsetDateTime revokedAt) {
}
