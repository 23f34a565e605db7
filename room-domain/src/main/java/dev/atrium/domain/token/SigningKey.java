package dev.atrium.domain.token;

import dev.atrium.domain.shared.SortableIds;
import dev.atrium.domain.tenant.TenantId;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant's key for signing join tokens. The tenant has one current key; rotating makes a new one
 * current and gives the old one a retirement time after the longest a token can live (plus clock
 * skew), so every token signed with it still verifies until it expires. {@code kid} names the key in
 * the token header. For HS256 {@code secret} is the 256-bit HMAC key; for ES256 it is the PKCS#8
 * private key and {@code publicKey} the X.509 public key.
 */
public final class SigningKey {
    /**
     * How long a rotated-out key may still have signed: other nodes learn of a rotation within this
     * margin (they keep the current key in a short-lived cache, 10 s today).
     */
    public static final Duration SIGNING_LAG = Duration.ofMinutes(1);
    /**
     * How long a rotated-out key keeps verifying: a token signed with it at the last moment (up to
     * {@link #SIGNING_LAG} after the rotation) lives its longest lifetime plus clock skew.
     */
    public static final Duration RETIREMENT_DELAY = SIGNING_LAG.plus(JoinTokenRequest.MAX_TTL).plus(JoinGrant.MAX_CLOCK_SKEW);
    private static final int HMAC_KEY_BYTES = 32;
    private static final String KID_PREFIX = "key";
    private static final Pattern KID_FORMAT = SortableIds.pattern(KID_PREFIX);

    private final String kid;
    private final TenantId tenantId;
    private final SigningAlgorithm algorithm;
    private final byte[] secret;
    private final byte[] publicKey;
    private final Instant createdAt;
    private Instant retiresAt;

    private SigningKey(String kid, TenantId tenantId, SigningAlgorithm algorithm, byte[] secret, byte[] publicKey,
                       Instant createdAt, Instant retiresAt) {
        this.kid = Objects.requireNonNull(kid, "kid");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.secret = Objects.requireNonNull(secret, "secret").clone();
        this.publicKey = publicKey == null ? null : publicKey.clone();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.retiresAt = retiresAt;
        if (algorithm == SigningAlgorithm.HS256 && secret.length < HMAC_KEY_BYTES) {
            throw new IllegalArgumentException("an HS256 key has at least 256 bits");
        }
        if (algorithm == SigningAlgorithm.ES256 && publicKey == null) {
            throw new IllegalArgumentException("an ES256 key has a public half");
        }
    }

    /** A new current key for the tenant. */
    public static SigningKey generate(TenantId tenantId, SigningAlgorithm algorithm, Instant now, SecureRandom random) {
        String kid = SortableIds.next(KID_PREFIX, now, random);
        if (algorithm == SigningAlgorithm.HS256) {
            byte[] secret = new byte[HMAC_KEY_BYTES];
            random.nextBytes(secret);
            return new SigningKey(kid, tenantId, algorithm, secret, null, now, null);
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(kid, tenantId, algorithm, pair.getPrivate().getEncoded(), pair.getPublic().getEncoded(), now, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has EC P-256", e);
        }
    }

    /** Rebuilds a stored key; only persistence calls this. */
    public static SigningKey reconstitute(String kid, TenantId tenantId, SigningAlgorithm algorithm, byte[] secret,
                                          byte[] publicKey, Instant createdAt, Instant retiresAt) {
        return new SigningKey(kid, tenantId, algorithm, secret, publicKey, createdAt, retiresAt);
    }

    /** Stops signing with this key; it keeps verifying for {@link #RETIREMENT_DELAY}. */
    public void retire(Instant now) {
        if (retiresAt == null) {
            retiresAt = now.plus(RETIREMENT_DELAY);
        }
    }

    public boolean isCurrent() {
        return retiresAt == null;
    }

    /** Tokens signed with this key are accepted at {@code now}. */
    public boolean verifiesAt(Instant now) {
        return retiresAt == null || now.isBefore(retiresAt);
    }

    /** Whether {@code kid} has the form of the keys Atrium makes; no other names a key. */
    public static boolean isKid(String kid) {
        return kid != null && KID_FORMAT.matcher(kid).matches();
    }

    public String kid() {
        return kid;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public SigningAlgorithm algorithm() {
        return algorithm;
    }

    public byte[] secret() {
        return secret.clone();
    }

    /** The X.509 public key of an ES256 key; {@code null} for HS256. */
    public byte[] publicKey() {
        return publicKey == null ? null : publicKey.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** {@code null} while current. */
    public Instant retiresAt() {
        return retiresAt;
    }

    @Override
    public String toString() {
        return "SigningKey[" + kid + ", " + algorithm + ", tenant " + tenantId + ", secret redacted]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningKey that && kid.equals(that.kid) && Arrays.equals(secret, that.secret);
    }

    @Override
    public int hashCode() {
        return kid.hashCode();
    }
}
