package dev.atrium.adapter.rest.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The operator's token for /v1/admin. The bean exists only when the token is configured (and not
 * blank); the admin routes exist only when the bean does.
 */
@Singleton
@Requires(property = AdminToken.PROPERTY, pattern = ".*\\S.*")
public final class AdminToken {
    public static final String PROPERTY = "atrium.admin.token";

    private final byte[] digest;

    AdminToken(@Property(name = PROPERTY) String token) {
        this.digest = sha256(token);
    }

    /**
     * Compares digests rather than the strings: both are 32 bytes, so the comparison takes the same
     * time whatever is presented and tells nothing about the token's length or prefix.
     */
    boolean admits(String presented) {
        return MessageDigest.isEqual(sha256(presented), digest);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
