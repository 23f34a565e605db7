package dev.atrium.application.fakes;

import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A {@link SigningKeyRepository} whose next write loses a race: just before it, a rival node's write
 * runs against the same store (its first key, or its rotation), so the write meets the rival's key
 * and fails with CONCURRENT_MODIFICATION as the real store would. Reads go straight through.
 */
public final class ContendedSigningKeyRepository implements SigningKeyRepository {
    private final InMemorySigningKeyRepository store;
    private Runnable rivalWrite = () -> { };

    public ContendedSigningKeyRepository(InMemorySigningKeyRepository store) {
        this.store = store;
    }

    /** Makes the next {@code insertFirst} or {@code rotate} run after {@code rival} wrote to the store. */
    public synchronized void loseNextWriteTo(Runnable rival) {
        rivalWrite = rival;
    }

    @Override
    public Optional<SigningKey> findCurrent(TenantId tenantId) {
        return store.findCurrent(tenantId);
    }

    @Override
    public Optional<SigningKey> findByKid(String kid) {
        return store.findByKid(kid);
    }

    @Override
    public List<SigningKey> findVerifying(Instant now) {
        return store.findVerifying(now);
    }

    @Override
    public void insertFirst(SigningKey key) {
        rivalWritesFirst();
        store.insertFirst(key);
    }

    @Override
    public void rotate(SigningKey retired, SigningKey next) {
        rivalWritesFirst();
        store.rotate(retired, next);
    }

    private synchronized void rivalWritesFirst() {
        Runnable rival = rivalWrite;
        rivalWrite = () -> { };
        rival.run();
    }
}
