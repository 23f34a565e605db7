package dev.atrium.application.service;

import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SigningKeysServiceTest {

    private static List<String> kids(List<SigningKey> keys) {
        return keys.stream().map(SigningKey::kid).sorted().toList();
    }

    @Test
    void the_current_key_is_generated_on_first_use_and_then_kept() {
        AccessServices services = new AccessServices();

        SigningKey key = services.signingKeys.currentKey(Rooms.TENANT);
        services.rooms.clock.advance(Duration.ofDays(1));

        assertEquals(key, services.signingKeys.currentKey(Rooms.TENANT));
    }

    @Test
    void a_rotation_hands_back_the_new_current_key() {
        AccessServices services = new AccessServices();
        SigningKey first = services.signingKeys.currentKey(Rooms.TENANT);

        SigningKey next = services.signingKeys.rotate(Rooms.TENANT);

        assertNotEquals(first.kid(), next.kid());
        assertEquals(next, services.signingKeys.currentKey(Rooms.TENANT));
    }

    @Test
    void hmac_keys_are_never_published() {
        AccessServices services = new AccessServices();
        services.signingKeys.currentKey(Rooms.TENANT);
        services.signingKeys.rotate(Rooms.TENANT);

        assertEquals(List.of(), services.signingKeys.publicKeys());
    }

    @Test
    void every_es256_key_that_verifies_is_published_until_it_retires() {
        AccessServices services = new AccessServices(SigningAlgorithm.ES256);
        SigningKey first = services.signingKeys.currentKey(Rooms.TENANT);
        SigningKey others = services.signingKeys.currentKey(Rooms.OTHER_TENANT);
        SigningKey next = services.signingKeys.rotate(Rooms.TENANT);

        assertEquals(kids(List.of(first, others, next)), kids(services.signingKeys.publicKeys()));

        services.rooms.clock.advance(SigningKey.RETIREMENT_DELAY);
        assertEquals(kids(List.of(others, next)), kids(services.signingKeys.publicKeys()));
    }
}
