package dev.atrium.application.service;

import dev.atrium.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.TenantId;

import java.util.Optional;

/**
 * Checks a key on every request against the store, so a revocation works at once on every node.
 * That is one primary-key read per request.
 */
public final class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {
    private final ApiKeyRepository keys;

    public AuthenticateApiKeyService(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Optional<TenantId> authenticate(String keyId, String secret) {
        if (!ApiKeyId.isValid(keyId) || secret == null) {
            return Optional.empty();
        }
        return keys.findById(new ApiKeyId(keyId))
                .filter(key -> key.authenticates(secret))
                .map(ApiKey::tenantId);
    }
}
