package dev.atrium.domain.token;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.fixtures.Rooms.TENANT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SigningKeyTest {
    @Test
    void only_the_form_of_generated_kids_names_a_key() {
        assertTrue(SigningKey.isKid(generate(SigningAlgorithm.HS256).kid()));
        for (String kid : new String[] {null, "", "\u0000", "key_\u0000", "key_01JKQ42M2B8C6D4E2F0G8H6J4", "kid-1"}) {
            assertFalse(SigningKey.isKid(kid), kid);
        }
    }

    private static SigningKey generate(SigningAlgorithm algorithm) {
        return SigningKey.generate(TENANT, algorithm, NOW, new SecureRandom());
    }

    @Nested
    class Hs256 {
        private final SigningKey key = generate(SigningAlgorithm.HS256);

        @Test
        void a_new_key_is_current_and_holds_a_256_bit_secret_and_no_public_half() {
            assertAll(
                    () -> assertTrue(key.kid().matches("key_[0-9A-HJKMNP-TV-Z]{26}"), key.kid()),
                    () -> assertEquals(TENANT, key.tenantId()),
                    () -> assertEquals(SigningAlgorithm.HS256, key.algorithm()),
                    () -> assertEquals(32, key.secret().length),
                    () -> assertNull(key.publicKey()),
                    () -> assertEquals(NOW, key.createdAt()),
                    () -> assertTrue(key.isCurrent()),
                    () -> assertNull(key.retiresAt()));
        }

        @Test
        void two_keys_have_different_ids_and_secrets() {
            SigningKey other = generate(SigningAlgorithm.HS256);

            assertNotEquals(key.kid(), other.kid());
            assertFalse(Arrays.equals(key.secret(), other.secret()));
        }

        @Test
        void a_stored_key_with_fewer_than_256_bits_is_refused() {
            assertThrows(IllegalArgumentException.class, () -> SigningKey.reconstitute(key.kid(), TENANT,
                    SigningAlgorithm.HS256, new byte[31], null, NOW, null));
        }

        @Test
        void the_secret_cannot_be_changed_through_what_the_key_hands_out() {
            byte[] handedOut = key.secret();
            handedOut[0]++;

            assertFalse(Arrays.equals(handedOut, key.secret()));
        }
    }

    @Nested
    class Es256 {
        private final SigningKey key = generate(SigningAlgorithm.ES256);

        @Test
        void a_new_key_has_a_public_half_that_verifies_what_its_private_half_signs() throws Exception {
            KeyFactory factory = KeyFactory.getInstance("EC");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(key.secret()));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(key.publicKey()));
            byte[] message = "header.claims".getBytes();

            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(privateKey);
            signer.update(message);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(publicKey);
            verifier.update(message);

            assertTrue(verifier.verify(signature));
        }

        @Test
        void a_stored_key_without_its_public_half_is_refused() {
            assertThrows(IllegalArgumentException.class, () -> SigningKey.reconstitute(key.kid(), TENANT,
                    SigningAlgorithm.ES256, key.secret(), null, NOW, null));
        }
    }

    @Nested
    class Retirement {
        private final SigningKey key = generate(SigningAlgorithm.HS256);
        private final Instant rotatedAt = NOW.plus(Duration.ofHours(5));

        @Test
        void a_retired_key_verifies_for_a_day_plus_the_signing_lag_and_clock_skew() {
            key.retire(rotatedAt);

            assertFalse(key.isCurrent());
            assertEquals(rotatedAt.plus(Duration.ofDays(1)).plusSeconds(60 + 30), key.retiresAt());
            assertEquals(SigningKey.SIGNING_LAG.plus(JoinTokenRequest.MAX_TTL).plus(JoinGrant.MAX_CLOCK_SKEW),
                    SigningKey.RETIREMENT_DELAY);
        }

        @Test
        void a_retired_key_verifies_until_the_instant_it_retires_and_not_at_it() {
            key.retire(rotatedAt);

            assertTrue(key.verifiesAt(key.retiresAt().minusMillis(1)));
            assertFalse(key.verifiesAt(key.retiresAt()));
        }

        @Test
        void a_current_key_always_verifies() {
            assertTrue(key.verifiesAt(NOW.plus(Duration.ofDays(10_000))));
        }

        @Test
        void retiring_twice_keeps_the_first_retirement() {
            key.retire(rotatedAt);
            Instant retiresAt = key.retiresAt();

            key.retire(rotatedAt.plus(Duration.ofHours(1)));

            assertEquals(retiresAt, key.retiresAt());
        }

        @Test
        void a_stored_key_keeps_its_retirement() {
            key.retire(rotatedAt);
            SigningKey stored = SigningKey.reconstitute(key.kid(), key.tenantId(), key.algorithm(), key.secret(),
                    key.publicKey(), key.createdAt(), key.retiresAt());

            assertEquals(key.retiresAt(), stored.retiresAt());
            assertEquals(key, stored);
        }
    }

    @Test
    void the_string_form_never_shows_the_secret() {
        for (SigningAlgorithm algorithm : SigningAlgorithm.values()) {
            SigningKey key = generate(algorithm);
            String shown = key.toString();

            assertTrue(shown.contains(key.kid()));
            assertFalse(shown.contains(HexFormat.of().formatHex(key.secret())));
            assertFalse(shown.contains(Base64.getEncoder().encodeToString(key.secret())));
            assertFalse(shown.contains(Base64.getUrlEncoder().withoutPadding().encodeToString(key.secret())));
            assertFalse(shown.contains(Arrays.toString(key.secret())));
        }
    }

    @Test
    void keys_are_equal_by_id_and_secret() {
        SigningKey key = generate(SigningAlgorithm.HS256);
        byte[] otherSecret = key.secret();
        otherSecret[0]++;

        assertEquals(key, SigningKey.reconstitute(key.kid(), TENANT, SigningAlgorithm.HS256, key.secret(), null, NOW, null));
        assertNotEquals(key, SigningKey.reconstitute(key.kid(), TENANT, SigningAlgorithm.HS256, otherSecret, null, NOW, null));
    }
}
