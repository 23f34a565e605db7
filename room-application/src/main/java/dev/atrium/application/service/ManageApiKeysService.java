package dev.atrium.application.service;

import dev.atrium.application.port.in.tenant.IssueApiKeyUseCase;
import dev.atrium.application.port.in.tenant.RevokeApiKeyUseCase;
import dev.atrium.application.port.in.tenant.IssuedApiKey;
import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;
import dev.atrium.domain.tenant.TenantId;

import java.time.Clock;
import java.time.Instant;
import java.util.random.RandomGenerator;

/** Issues and revokes keys. {@code secureRandom} must be cryptographically strong: it makes secrets. */
public final class ManageApiKeysService implements IssueApiKeyUseCase, RevokeApiKeyUseCase {
    private final TenantRepository tenants;
    private final ApiKeyRepository keys;
    private final Clock clock;
    private final RandomGenerator secureRandom;

    public ManageApiKeysService(TenantRepository tenants, ApiKeyRepository keys, Clock clock, RandomGenerator secureRandom) {
        this.tenants = tenants;
        this.keys = keys;
        this.clock = clock;
        this.secureRandom = secureRandom;
    }

    @Override
    public IssuedApiKey issueApiKey(TenantId tenantId) {
        tenants.findById(tenantId).orElseThrow(
                () -> new NotFoundException(ErrorCode.TENANT_NOT_FOUND, "No tenant '" + tenantId + "'."));
        Instant now = clock.instant();
        ApiKeySecret secret = ApiKeySecret.generate(secureRandom);
        ApiKey key = ApiKey.issue(ApiKeyId.next(now, secureRandom), tenantId, secret, now);
        keys.insert(key);
        return new IssuedApiKey(key.id(), tenantId, secret);
    }

    @Override
    public void revokeApiKey(TenantId tenantId, ApiKeyId keyId) {
        ApiKey key = keys.findById(keyId)
                .filter(found -> found.tenantId().equals(tenantId))
                .orElseThrow(() -> new NotFoundException(ErrorCode.API_KEY_NOT_FOUND,
                        "Tenant '" + tenantId + "' has no key '" + keyId + "'."));
        if (!key.isRevoked()) {
            key.revoke(clock.instant());
            keys.update(key);
        }
    }
}
