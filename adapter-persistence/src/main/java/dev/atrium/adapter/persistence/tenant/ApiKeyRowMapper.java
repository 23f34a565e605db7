package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.TenantId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;

/** {@link ApiKey} has no bean getters, so its parts are handed over one by one. */
@Mapper(config = PersistenceMapperConfig.class, uses = TimestampColumns.class)
interface ApiKeyRowMapper {

    default ApiKeyRow toRow(ApiKey key) {
        return toRow(key.id(), key.tenantId(), key.secretHash(), key.createdAt(), key.revokedAt());
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "tenantId", source = "tenantId.value")
    ApiKeyRow toRow(ApiKeyId id, TenantId tenantId, String secretHash, Instant createdAt, Instant revokedAt);

    default ApiKey toApiKey(ApiKeyRow row) {
        return ApiKey.reconstitute(new ApiKeyId(row.id()), new TenantId(row.tenantId()), row.secretHash(),
                TimestampColumns.toInstant(row.createdAt()), TimestampColumns.toInstant(row.revokedAt()));
    }
}
