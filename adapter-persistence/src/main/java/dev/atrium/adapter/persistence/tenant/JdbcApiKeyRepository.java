package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.SqlFailures;
import dev.atrium.application.port.out.ApiKeyRepository;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.ApiKey;
import dev.atrium.domain.tenant.ApiKeyId;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.util.Optional;

/** API keys in the {@code api_keys} table. */
@Singleton
@ReportsStoreOutages
class JdbcApiKeyRepository implements ApiKeyRepository {
    private final ApiKeyRowRepository rows;
    private final ApiKeyRowMapper mapper;

    JdbcApiKeyRepository(ApiKeyRowRepository rows, ApiKeyRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public void insert(ApiKey key) {
        try {
            rows.save(mapper.toRow(key));
        } catch (DataAccessException e) {
            // The primary key is the table's only unique constraint.
            if (SqlFailures.isUniqueViolation(e)) {
                throw new ConflictException(ErrorCode.API_KEY_ID_TAKEN, "An API key with id " + key.id() + " exists");
            }
            throw e;
        }
    }

    /**
     * Never clears a revocation: a node that read the key as live before an operator revoked it (a
     * restart storing a changed configured secret, say) may write its copy afterwards.
     */
    @Override
    public void update(ApiKey key) {
        ApiKeyRow row = mapper.toRow(key);
        if (rows.update(row.id(), row.secretHash(), row.revokedAt()) == 0) {
            throw new IllegalStateException("No API key " + key.id() + " to update; keys are never deleted");
        }
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return rows.findById(id.value()).map(mapper::toApiKey);
    }

    @Override
    public boolean anyExists() {
        return rows.count() > 0;
    }
}
