package dev.atrium.application.port.out;

import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningKey;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of token signing keys, encrypted at rest. A tenant has at most one current key; the store
 * itself guarantees it, so racing first uses or rotations on several nodes cannot make two: the
 * loser gets CONCURRENT_MODIFICATION and reads the winner's key.
 */
public interface SigningKeyRepository {
    Optional<SigningKey> findCurrent(TenantId tenantId);

    Optional<SigningKey> findByKid(String kid);

    /** Keys of every tenant that verify tokens at {@code now}: what a public JWKS lists. */
    List<SigningKey> findVerifying(Instant now);

    /** Stores the tenant's first key. @throws dev.atrium.domain.shared.ConflictException CONCURRENT_MODIFICATION when it has one */
    void insertFirst(SigningKey key);

    /**
     * In one transaction: stores {@code retired} (now retiring) and {@code next} as the current key.
     * @throws dev.atrium.domain.shared.ConflictException CONCURRENT_MODIFICATION when {@code retired}
     *         was no longer current
     */
    void rotate(SigningKey retired, SigningKey next);
}
