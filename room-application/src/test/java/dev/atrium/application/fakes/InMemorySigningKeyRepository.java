package dev.atrium.application.fakes;

import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing keys in memory, as snapshots, with the real store's guarantee: at most one current key
 * per tenant, so a losing first use or rotation fails with CONCURRENT_MODIFICATION.
 */
public final class InMemorySigningKeyRepository implements SigningKeyRepository {
    private final Map<String, SigningKey> keysByKid = new LinkedHashMap<>();

    @Override
    public synchronized Optional<SigningKey> findCurrent(TenantId tenantId) {
        return currentOf(tenantId).map(InMemorySigningKeyRepository::copy);
    }

    @Override
    public synchronized Optional<SigningKey> findByKid(String kid) {
        return Optional.ofNullable(keysByKid.get(kid)).map(InMemorySigningKeyRepository::copy);
    }

    @Override
    public synchronized List<SigningKey> findVerifying(Instant now) {
        return keysByKid.values().stream()
                .filter(key -> key.verifiesAt(now))
                .map(InMemorySigningKeyRepository::copy)
                .toList();
    }

    @Override
    public synchronized void insertFirst(SigningKey key) {
        if (currentOf(key.tenantId()).isPresent()) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "tenant " + key.tenantId() + " has a key");
        }
        store(key);
    }

    @Override
    public synchronized void rotate(SigningKey retired, SigningKey next) {
        boolean stillCurrent = currentOf(retired.tenantId()).filter(key -> key.kid().equals(retired.kid())).isPresent();
        if (!stillCurrent) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "key " + retired.kid() + " is no longer current");
        }
        store(retired);
        store(next);
    }

    /** How many keys the tenant has had, current and retired. */
    public synchronized int countOf(TenantId tenantId) {
        return (int) keysByKid.values().stream().filter(key -> key.tenantId().equals(tenantId)).count();
    }

    private Optional<SigningKey> currentOf(TenantId tenantId) {
        return keysByKid.values().stream()
                .filter(key -> key.tenantId().equals(tenantId) && key.isCurrent())
                .findFirst();
    }

    private void store(SigningKey key) {
        keysByKid.put(key.kid(), copy(key));
    }

    private static SigningKey copy(SigningKey key) {
        return SigningKey.reconstitute(key.kid(), key.tenantId(), key.algorithm(), key.secret(), key.publicKey(),
                key.createdAt(), key.retiresAt());
    }
}
