package dev.atrium.adapter.persistence.crypto;

import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.domain.link.Password;
import jakarta.inject.Singleton;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane), a 16-byte random salt
 * and a 32-byte hash, stored as a PHC string. Verification reads the parameters from the stored
 * string, so hashes made with other settings keep verifying if the setting changes; it accepts only
 * parameters within bounds, so a damaged string cannot make it spend a gigabyte.
 */
@Singleton
class Argon2idPasswordHasher implements PasswordHasher {
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MAX_MEMORY_KIB = 262_144;
    private static final int MAX_ITERATIONS = 10;
    private static final int MAX_PARALLELISM = 8;
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,64})\\$([A-Za-z0-9+/]{22,128})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2id(password.reveal(), salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** False for a wrong candidate and for a stored hash this hasher cannot read; never throws. */
    @Override
    public boolean matches(String candidate, String hash) {
        if (candidate == null || hash == null) {
            return false;
        }
        return Stored.parse(hash)
                .filter(stored -> MessageDigest.isEqual(stored.hash(), argon2id(candidate, stored.salt(), stored.memoryKib(),
                        stored.iterations(), stored.parallelism(), stored.hash().length)))
                .isPresent();
    }

    /** A stored PHC string, read only when every part is well formed and within bounds. */
    private record Stored(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Optional<Stored> parse(String phc) {
            Matcher parts = PHC.matcher(phc);
            if (!parts.matches()) {
                return Optional.empty();
            }
            int memory = Integer.parseInt(parts.group(1));
            int iterations = Integer.parseInt(parts.group(2));
            int parallelism = Integer.parseInt(parts.group(3));
            if (parallelism < 1 || parallelism > MAX_PARALLELISM || iterations < 1 || iterations > MAX_ITERATIONS
                    || memory < 8 * parallelism || memory > MAX_MEMORY_KIB) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Stored(memory, iterations, parallelism, B64_DECODER.decode(parts.group(4)),
                        B64_DECODER.decode(parts.group(5))));
            } catch (IllegalArgumentException e) {
                // A base64 part of impossible length.
                return Optional.empty();
            }
        }
    }

    private static byte[] argon2id(String password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                   int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
