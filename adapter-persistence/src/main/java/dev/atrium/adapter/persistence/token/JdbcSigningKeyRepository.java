package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.crypto.MasterKey;
import dev.atrium.adapter.persistence.store.OptimisticWrites;
import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.SqlFailures;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signing keys in the {@code signing_keys} table, their secrets sealed under the {@link MasterKey}
 * with the kid as associated data. The unique {@code current_for_tenant} column lets a tenant have
 * one current key however many nodes race to make one.
 */
@Singleton
@ReportsStoreOutages
class JdbcSigningKeyRepository implements SigningKeyRepository {
    private static final String CURRENT_CONSTRAINT = "uq_signing_keys_current_for_tenant";

    private final SigningKeyRowRepository rows;
    private final SigningKeyRowMapper mapper;
    private final MasterKey masterKey;

    JdbcSigningKeyRepository(SigningKeyRowRepository rows, SigningKeyRowMapper mapper, MasterKey masterKey) {
        this.rows = rows;
        this.mapper = mapper;
        this.masterKey = masterKey;
    }

    @Override
    public Optional<SigningKey> findCurrent(TenantId tenantId) {
        return rows.findByCurrentForTenant(tenantId.value()).map(this::toKey);
    }

    @Override
    public Optional<SigningKey> findByKid(String kid) {
        return rows.findById(kid).map(this::toKey);
    }

    @Override
    public List<SigningKey> findVerifying(Instant now) {
        return rows.findByRetiresAtIsNullOrRetiresAtGreaterThan(TimestampColumns.toColumn(now)).stream()
                .map(this::toKey)
                .toList();
    }

    @Override
    public void insertFirst(SigningKey key) {
        requireCurrent(key);
        insertCurrent(key);
    }

    @Override
    @Transactional
    public void rotate(SigningKey retired, SigningKey next) {
        if (retired.isCurrent() || !retired.tenantId().equals(next.tenantId())) {
            throw new IllegalArgumentException("rotation retires a key of the tenant the next key is for");
        }
        requireCurrent(next);
        long retiredNow = OptimisticWrites.run(
                () -> rows.retire(retired.kid(), TimestampColumns.toColumn(retired.retiresAt())),
                () -> rotatedMeanwhile(retired.tenantId()));
        if (retiredNow == 0) {
            throw rotatedMeanwhile(retired.tenantId());
        }
        insertCurrent(next);
    }

    private void insertCurrent(SigningKey key) {
        try {
            rows.save(mapper.toRow(key, masterKey.seal(key.secret(), key.kid())));
        } catch (DataAccessException e) {
            if (SqlFailures.isUniqueViolationOf(e, CURRENT_CONSTRAINT)) {
                throw rotatedMeanwhile(key.tenantId());
            }
            throw e;
        }
    }

    private SigningKey toKey(SigningKeyRow row) {
        return mapper.toKey(row, masterKey.open(row.sealedSecret(), row.kid()));
    }

    private static void requireCurrent(SigningKey key) {
        if (!key.isCurrent()) {
            throw new IllegalArgumentException("a key stored as current has no retirement time: " + key);
        }
    }

    private static ConflictException rotatedMeanwhile(TenantId tenantId) {
        return new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                "Tenant " + tenantId + " got another current signing key at the same time");
    }
}
