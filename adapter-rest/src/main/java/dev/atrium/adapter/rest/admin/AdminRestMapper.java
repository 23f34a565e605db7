package dev.atrium.adapter.rest.admin;

import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.adapter.rest.mapping.RestValueMappings;
import dev.atrium.application.port.in.tenant.IssuedApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;
import dev.atrium.domain.tenant.Tenant;
import org.mapstruct.Mapper;

@Mapper(config = RestMapperConfig.class)
public interface AdminRestMapper extends RestValueMappings {

    TenantResponse toResponse(Tenant tenant);

    ApiKeyResponse toResponse(IssuedApiKey key);

    default String text(ApiKeyId id) {
        return id.value();
    }

    default String reveal(ApiKeySecret secret) {
        return secret.reveal();
    }
}
