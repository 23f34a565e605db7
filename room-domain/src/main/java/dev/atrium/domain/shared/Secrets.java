package dev.atrium.domain.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * High-entropy secrets (API key secrets, link tokens): generated from 256 random bits and stored
 * only as a SHA-256. A slow password hash protects guessable secrets; these are not guessable, and
 * a fast hash keeps the lookup on every request cheap.
 */
public final class Secrets {
    private static final int RANDOM_BYTES = 32;

    private Secrets() {
    }

    public static String generate(String prefix, RandomGenerator secureRandom) {
        byte[] bytes = new byte[RANDOM_BYTES];
        secureRandom.nextBytes(bytes);
        return prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of the secret: what is stored and looked up. */
    public static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
