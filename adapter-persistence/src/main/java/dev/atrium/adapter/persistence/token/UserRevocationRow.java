package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** Every token of a person for a room issued before {@code revokedBefore} is revoked. */
@MappedEntity(value = "user_token_revocations", escape = false)
record UserRevocationRow(@EmbeddedId UserRevocationKey key, @TimestampColumn OffsetDateTime revokedBefore) {
}
