package dev.atrium.domain.shared;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {

    @Test
    void a_secret_is_its_prefix_and_256_random_bits_in_url_safe_base64() {
        String secret = Secrets.generate("lt", new SplittableRandom(1));

        assertTrue(secret.matches("lt_[A-Za-z0-9_-]{43}"), secret);
        assertEquals(32, Base64.getUrlDecoder().decode(secret.substring(3)).length);
    }

    @Test
    void two_secrets_differ() {
        SplittableRandom random = new SplittableRandom(1);

        assertNotEquals(Secrets.generate("lt", random), Secrets.generate("lt", random));
    }

    @Test
    void the_hash_is_the_hex_sha256_of_the_secret() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.sha256("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Secrets.sha256(""));
    }

    @Test
    void the_hash_reads_the_secret_as_utf8() {
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", Secrets.sha256("\u00e9"));
    }

    @Test
    void a_hash_is_64_lowercase_hex_digits() {
        assertTrue(Secrets.sha256(Secrets.generate("lt", new SplittableRandom(2))).matches("[0-9a-f]{64}"));
    }
}
