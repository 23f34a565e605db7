package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/**
 * A signing key as one row of {@code signing_keys}: its secret sealed under the master key, never in
 * clear. {@code currentForTenant} is the tenant while the key is current, empty once it retires.
 */
@MappedEntity(value = "signing_keys", escape = false)
record SigningKeyRow(@Id String kid, String tenantId, String algorithm, byte[] sealedSecret,
                     @Nullable byte[] publicKey, @TimestampColumn OffsetDateTime createdAt,
                     @TimestampColumn @Nullable OffsetDateTime retiresAt, @Nullable String currentForTenant) {
}
