package dev.atrium.domain.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;

/**
 * A tenant's credential for the API. Only the hash of the secret is kept; a revoked key never
 * authenticates again.
 */
public final class ApiKey {
    private final ApiKeyId id;
    private final TenantId tenantId;
    private String secretHash;
    private final Instant createdAt;
    private Instant revokedAt;

    private ApiKey(ApiKeyId id, TenantId tenantId, String secretHash, Instant createdAt, Instant revokedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.revokedAt = revokedAt;
    }

    public static ApiKey issue(ApiKeyId id, TenantId tenantId, ApiKeySecret secret, Instant now) {
        return new ApiKey(id, tenantId, secret.hash(), now, null);
    }

    /** Rebuilds a stored key; only persistence calls this. */
    public static ApiKey reconstitute(ApiKeyId id, TenantId tenantId, String secretHash, Instant createdAt, Instant revokedAt) {
        return new ApiKey(id, tenantId, secretHash, createdAt, revokedAt);
    }

    /** Constant-time check, so response timing tells nothing about the stored hash. */
    public boolean authenticates(String presentedSecret) {
        if (revokedAt != null || presentedSecret == null) {
            return false;
        }
        return authenticatesHash(ApiKeySecret.hashOf(presentedSecret));
    }

    private boolean authenticatesHash(String presentedHash) {
        return MessageDigest.isEqual(presentedHash.getBytes(StandardCharsets.US_ASCII),
                secretHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Makes {@code secret} the only secret of this key; returns whether it was another before. */
    public boolean replaceSecret(ApiKeySecret secret) {
        if (authenticatesHash(secret.hash())) {
            return false;
        }
        secretHash = secret.hash();
        return true;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public ApiKeyId id() {
        return id;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public String secretHash() {
        return secretHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
