package dev.atrium.application.fakes;

import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keys in memory, stored as snapshots like the real store does. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {
    private final Map<ApiKeyId, ApiKey> keys = new ConcurrentHashMap<>();

    @Override
    public void insert(ApiKey key) {
        if (keys.putIfAbsent(key.id(), copy(key)) != null) {
            throw new ConflictException(ErrorCode.API_KEY_ID_TAKEN, "key exists: " + key.id());
        }
    }

    @Override
    public void update(ApiKey key) {
        if (keys.replace(key.id(), copy(key)) == null) {
            throw new IllegalStateException("no key " + key.id());
        }
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return Optional.ofNullable(keys.get(id)).map(InMemoryApiKeyRepository::copy);
    }

    @Override
    public boolean anyExists() {
        return !keys.isEmpty();
    }

    public int size() {
        return keys.size();
    }

    private static ApiKey copy(ApiKey key) {
        return ApiKey.reconstitute(key.id(), key.tenantId(), key.secretHash(), key.createdAt(), key.revokedAt());
    }
}
