package dev.atrium.application.fakes;

import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.domain.link.Password;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A TEST DOUBLE of {@link PasswordHasher}: salted, but a single fast SHA-256, which is exactly what
 * a password hash must not be in production (guessable passwords need a slow hash such as
 * Argon2id). It keeps tests fast while still storing no password in clear and giving two hashes of
 * one password different salts. Format: {@code test-sha256$<salt hex>$<digest hex>}.
 */
public final class Sha256PasswordHasher implements PasswordHasher {
    private static final String SCHEME = "test-sha256";
    private static final HexFormat HEX = HexFormat.of();
    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(Password password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return SCHEME + "$" + HEX.formatHex(salt) + "$" + HEX.formatHex(digest(salt, password.reveal()));
    }

    @Override
    public boolean matches(String candidate, String hash) {
        String[] parts = hash.split("\\$");
        if (parts.length != 3 || !parts[0].equals(SCHEME)) {
            return false;
        }
        byte[] expected = HEX.parseHex(parts[2]);
        return MessageDigest.isEqual(expected, digest(HEX.parseHex(parts[1]), candidate));
    }

    private static byte[] digest(byte[] salt, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
