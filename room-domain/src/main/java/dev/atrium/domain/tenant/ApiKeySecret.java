package dev.atrium.domain.tenant;

import dev.atrium.domain.shared.Secrets;

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
        return new ApiKeySecret(Secrets.generate("sk", secureRandom));
    }

    public String reveal() {
        return value;
    }

    /** Hex SHA-256 of the secret: what is stored. */
    public String hash() {
        return hashOf(value);
    }

    static String hashOf(String candidate) {
        return Secrets.sha256(candidate);
    }

    @Override
    public String toString() {
        return "ApiKeySecret[redacted]";
    }
}
