package dev.atrium.domain.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeySecretTest {

    @Test
    void a_generated_secret_carries_256_bits_in_url_safe_base64() {
        String secret = ApiKeySecret.generate(new SplittableRandom(1)).reveal();

        assertTrue(secret.matches("sk_[A-Za-z0-9_-]{43}"), secret);
    }

    @Test
    void two_generated_secrets_differ() {
        SplittableRandom random = new SplittableRandom(1);

        assertNotEquals(ApiKeySecret.generate(random).reveal(), ApiKeySecret.generate(random).reveal());
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {32, 256})
    void a_chosen_secret_has_32_to_256_characters(int length) {
        assertEquals(length, ApiKeySecret.of("s".repeat(length)).reveal().length());
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {0, 31, 257})
    void a_shorter_or_longer_secret_is_refused(int length) {
        assertThrows(IllegalArgumentException.class, () -> ApiKeySecret.of("s".repeat(length)));
    }

    @Test
    void a_secret_never_shows_in_its_string_form() {
        ApiKeySecret secret = ApiKeySecret.of("s".repeat(40));

        assertFalse(secret.toString().contains(secret.reveal()));
    }

    @Test
    void the_hash_is_the_hex_sha256_of_the_secret() {
        assertEquals("c62e4615bd39e222572f3a1bf7c2132ea1e65b17ec805047bd6b2842c593493f",
                ApiKeySecret.of("x".repeat(32)).hash());
    }
}
