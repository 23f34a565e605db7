package dev.atrium.domain.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The secret half of an API key. Generated secrets carry 256 random bits, so a fast SHA-256 is the
 * right hash: a slow password hash protects guessable secrets, and these are not guessable, while
 * every API call must check one. Operator-chosen secrets must be at least 32 characters for the same
 * reason.
 */
public final class ApiKeySecret {
    public static final int MIN_LENGTH = 32;
    private static final int MAX_LENGTH = 256;
    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    public static ApiKeySecret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an API key secret has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return new ApiKeySecret(value);
    }

    public static ApiKeySecret generate(RandomGenerator secureRandom) {
        byte[] bytes = new byte[32];
        secureRandom.nextBytes(bytes);
        return new ApiKeySecret("sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String reveal() {
        return value;
    }

    /** Hex SHA-256 of the secret: what is stored. */
    public String hash() {
        return hashOf(value);
    }

    static String hashOf(String candidate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(candidate.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeySecret[redacted]";
    }
}
