package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PersistenceMapperConfig.class, uses = TimestampColumns.class)
interface TenantRowMapper {

    @Mapping(target = "id", source = "id.value")
    TenantRow toRow(Tenant tenant);

    Tenant toTenant(TenantRow row);

    default TenantId toTenantId(String value) {
        return new TenantId(value);
    }
}
