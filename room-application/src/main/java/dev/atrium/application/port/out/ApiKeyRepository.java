package dev.atrium.application.port.out;

import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;

import java.util.Optional;

public interface ApiKeyRepository {
    /** @throws dev.atrium.domain.shared.ConflictException with API_KEY_ID_TAKEN when the id exists */
    void insert(ApiKey key);

    /** Stores a revocation or a replaced secret hash. */
    void update(ApiKey key);

    Optional<ApiKey> findById(ApiKeyId id);

    boolean anyExists();
}
