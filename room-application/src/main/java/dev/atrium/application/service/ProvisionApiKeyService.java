package dev.atrium.application.service;

import dev.atrium.application.port.in.tenant.IssuedApiKey;
import dev.atrium.application.port.in.tenant.ProvisionApiKeyCommand;
import dev.atrium.application.port.in.tenant.ProvisionApiKeyUseCase;
import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.ApiKeySecret;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The start-up key belongs to the default tenant, whose id is fixed so that several nodes starting
 * on one database agree on it. A configured key that was revoked stays revoked: revocation is an
 * operator's decision that a restart must not undo.
 */
public final class ProvisionApiKeyService implements ProvisionApiKeyUseCase {
    public static final TenantId DEFAULT_TENANT = new TenantId("tn_" + "0".repeat(26));
    static final String DEFAULT_TENANT_NAME = "default";

    private final TenantRepository tenants;
    private final ApiKeyRepository keys;
    private final Clock clock;
    private final RandomGenerator secureRandom;

    public ProvisionApiKeyService(TenantRepository tenants, ApiKeyRepository keys, Clock clock, RandomGenerator secureRandom) {
        this.tenants = tenants;
        this.keys = keys;
        this.clock = clock;
        this.secureRandom = secureRandom;
    }

    @Override
    public Optional<IssuedApiKey> provisionApiKey(ProvisionApiKeyCommand command) {
        Instant now = clock.instant();
        if (command.configuredId().isPresent()) {
            ensureConfiguredKey(command.configuredId().get(), command.configuredSecret().orElseThrow(), now);
            return Optional.empty();
        }
        if (keys.anyExists()) {
            return Optional.empty();
        }
        tenants.insertIfAbsent(Tenant.create(DEFAULT_TENANT, DEFAULT_TENANT_NAME, now));
        ApiKeySecret secret = ApiKeySecret.generate(secureRandom);
        ApiKey key = ApiKey.issue(ApiKeyId.next(now, secureRandom), DEFAULT_TENANT, secret, now);
        keys.insert(key);
        return Optional.of(new IssuedApiKey(key.id(), DEFAULT_TENANT, secret));
    }

    private void ensureConfiguredKey(ApiKeyId id, ApiKeySecret secret, Instant now) {
        Optional<ApiKey> existing = keys.findById(id);
        if (existing.isPresent()) {
            ApiKey key = existing.get();
            if (key.replaceSecret(secret)) {
                keys.update(key);
            }
            return;
        }
        tenants.insertIfAbsent(Tenant.create(DEFAULT_TENANT, DEFAULT_TENANT_NAME, now));
        try {
            keys.insert(ApiKey.issue(id, DEFAULT_TENANT, secret, now));
        } catch (ConflictException racedByAnotherNode) {
            keys.findById(id).filter(key -> key.replaceSecret(secret)).ifPresent(keys::update);
        }
    }
}
