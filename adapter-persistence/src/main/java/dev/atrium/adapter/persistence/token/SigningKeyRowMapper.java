package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

/**
 * {@link SigningKey} has no bean getters, so its parts are handed over one by one. The secret
 * crosses this mapper only sealed: the repository seals and opens it under the master key.
 */
@Mapper(config = PersistenceMapperConfig.class, uses = TimestampColumns.class)
interface SigningKeyRowMapper {

    default SigningKeyRow toRow(SigningKey key, byte[] sealedSecret) {
        return toRow(key.kid(), key.tenantId(), key.algorithm(), sealedSecret, key.publicKey(), key.createdAt(),
                key.retiresAt(), key.isCurrent() ? key.tenantId() : null);
    }

    @Mapping(target = "tenantId", source = "tenantId.value")
    @Mapping(target = "currentForTenant", source = "currentForTenant.value")
    SigningKeyRow toRow(String kid, TenantId tenantId, SigningAlgorithm algorithm, byte[] sealedSecret,
                        byte[] publicKey, Instant createdAt, Instant retiresAt, TenantId currentForTenant);

    default SigningKey toKey(SigningKeyRow row, byte[] secret) {
        return SigningKey.reconstitute(row.kid(), new TenantId(row.tenantId()), SigningAlgorithm.valueOf(row.algorithm()),
                secret, row.publicKey(), TimestampColumns.toInstant(row.createdAt()),
                TimestampColumns.toInstant(row.retiresAt()));
    }
}
