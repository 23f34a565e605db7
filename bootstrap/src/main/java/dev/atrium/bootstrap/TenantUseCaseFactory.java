package dev.atrium.bootstrap;

import dev.atrium.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.atrium.application.port.in.tenant.CreateTenantUseCase;
import dev.atrium.application.port.in.tenant.ManageApiKeysUseCase;
import dev.atrium.application.port.in.tenant.ProvisionApiKeyUseCase;
import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.application.service.AuthenticateApiKeyService;
import dev.atrium.application.service.CreateTenantService;
import dev.atrium.application.service.ManageApiKeysService;
import dev.atrium.application.service.ProvisionApiKeyService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.random.RandomGenerator;

/** Tenants and API keys: authentication on every request, the operators' admin API, the start-up key. */
@Factory
class TenantUseCaseFactory {

    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKey(ApiKeyRepository keys) {
        return new AuthenticateApiKeyService(keys);
    }

    @Singleton
    CreateTenantUseCase createTenant(TenantRepository tenants, Clock clock, @Named("secure") RandomGenerator random) {
        return new CreateTenantService(tenants, clock, random);
    }

    @Singleton
    ManageApiKeysUseCase manageApiKeys(TenantRepository tenants, ApiKeyRepository keys, Clock clock,
                                       @Named("secure") RandomGenerator random) {
        return new ManageApiKeysService(tenants, keys, clock, random);
    }

    @Singleton
    ProvisionApiKeyUseCase provisionApiKey(TenantRepository tenants, ApiKeyRepository keys, Clock clock,
                                           @Named("secure") RandomGenerator random) {
        return new ProvisionApiKeyService(tenants, keys, clock, random);
    }
}
