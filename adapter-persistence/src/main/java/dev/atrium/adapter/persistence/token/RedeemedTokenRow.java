package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A token used once, as one row of {@code redeemed_tokens}; {@code expiresAt} is the token's own expiry. */
@MappedEntity(value = "redeemed_tokens", escape = false)
record RedeemedTokenRow(@Id String jti, String tenantId, String roomId, @TimestampColumn OffsetDateTime redeemedAt,
                        @TimestampColumn OffsetDateTime expiresAt) {
}
