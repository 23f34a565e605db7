package dev.atrium.application.service;

import dev.atrium.application.port.in.token.IssuedToken;
import dev.atrium.application.port.in.token.VerifyJoinTokenUseCase;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class VerifyJoinTokenServiceTest {
    private static final Duration SKEW = JoinGrant.MAX_CLOCK_SKEW;

    private final AccessServices services = new AccessServices();
    private final Room room = services.rooms.createRoom(RoomDraft.empty());

    private Optional<JoinGrant> verify(String token) {
        return services.verify.verify(token);
    }

    private void assertValid(IssuedToken issued) {
        assertEquals(Optional.of(issued.grant()), verify(issued.token()));
    }

    private void assertInvalid(String token) {
        assertEquals(Optional.empty(), verify(token));
    }

    /** The token of {@code grant} as if signed by {@code key}: what a forger holding that key could make. */
    private String signedWith(JoinGrant grant, SigningKey key) {
        return services.codec.encode(grant, key, AccessServices.ISSUER);
    }

    @Test
    void a_token_just_issued_is_valid() {
        assertValid(services.issueFor(room, "user-1"));
    }

    @Test
    void a_token_is_valid_until_30_seconds_after_it_expires() {
        IssuedToken issued = services.issueFor(room, "user-1");

        services.rooms.clock.set(issued.grant().expiresAt().plus(SKEW).minusMillis(1));
        assertValid(issued);

        services.rooms.clock.set(issued.grant().expiresAt().plus(SKEW));
        assertInvalid(issued.token());
    }

    @Test
    void a_token_from_the_future_is_valid_only_within_30_seconds_of_its_start() {
        IssuedToken issued = services.issueFor(room, "user-1");

        services.rooms.clock.set(issued.grant().notBefore().minus(SKEW));
        assertValid(issued);

        services.rooms.clock.set(issued.grant().notBefore().minus(SKEW).minusMillis(1));
        assertInvalid(issued.token());
    }

    @Test
    void a_token_with_any_character_changed_is_invalid() {
        String token = services.issueFor(room, "user-1").token();

        for (int i = 0; i < token.length(); i++) {
            char changed = token.charAt(i) == 'A' ? 'B' : 'A';
            String tampered = token.substring(0, i) + changed + token.substring(i + 1);
            assertInvalid(tampered);
        }
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "garbage", "a.b.c", "..", "eyJhbGciOiJub25lIn0.e30."})
    void anything_that_is_not_a_token_is_invalid(String token) {
        assertInvalid(token);
    }

    @Test
    void a_token_for_another_issuer_or_audience_is_invalid() {
        IssuedToken issued = services.issueFor(room, "user-1");
        SigningKey key = services.signingKeys.currentKey(Rooms.TENANT);

        assertInvalid(services.codec.encode(issued.grant(), key, new TokenIssuer("https://elsewhere.test", "atrium-media")));
        assertInvalid(services.codec.encode(issued.grant(), key, new TokenIssuer(AccessServices.ISSUER.issuer(), "other")));
    }

    @Test
    void a_token_signed_with_another_tenants_key_is_invalid() {
        IssuedToken issued = services.issueFor(room, "user-1");
        SigningKey othersKey = services.signingKeys.currentKey(Rooms.OTHER_TENANT);

        assertInvalid(signedWith(issued.grant(), othersKey));
    }

    @Test
    void a_token_signed_with_a_key_nobody_stored_is_invalid() {
        IssuedToken issued = services.issueFor(room, "user-1");
        SigningKey unknown = SigningKey.generate(Rooms.TENANT, SigningAlgorithm.HS256, Rooms.NOW, new SecureRandom());

        assertInvalid(signedWith(issued.grant(), unknown));
    }

    @Nested
    class Revocation {
        @Test
        void a_revoked_token_is_invalid_and_the_persons_other_tokens_are_not() {
            IssuedToken revoked = services.issueFor(room, "user-1");
            IssuedToken kept = services.issueFor(room, "user-1");

            services.revoke.revokeToken(RoomServices.locator(room), revoked.grant().jti().value());

            assertInvalid(revoked.token());
            assertValid(kept);
        }

        @Test
        void revoking_every_token_of_a_person_spares_others_and_later_tokens() {
            IssuedToken earlier = services.issueFor(room, "user-1");
            IssuedToken someoneElse = services.issueFor(room, "user-2");
            Room otherRoom = services.rooms.createRoomLater(Rooms.TENANT, RoomDraft.empty());
            IssuedToken elsewhere = services.issueFor(otherRoom, "user-1");
            services.rooms.clock.advance(Duration.ofMillis(1));

            services.revoke.revokeAllOf(RoomServices.locator(room), "user-1");
            services.rooms.clock.advance(Duration.ofMillis(1));
            IssuedToken afterwards = services.issueFor(room, "user-1");

            assertInvalid(earlier.token());
            assertValid(someoneElse);
            assertValid(elsewhere);
            assertValid(afterwards);
        }
    }

    @Nested
    class Rotation {
        private final IssuedToken beforeRotation = services.issueFor(room, "user-1", Duration.ofDays(1));
        private final SigningKey previous = services.signingKeys.currentKey(Rooms.TENANT);
        private final Instant rotatedAt = Rooms.NOW.plus(Duration.ofMinutes(1));

        Rotation() {
            services.rooms.clock.set(rotatedAt);
            services.signingKeys.rotate(Rooms.TENANT);
        }

        @Test
        void tokens_of_the_previous_key_still_verify_and_new_tokens_use_the_new_key() {
            IssuedToken afterRotation = services.issueFor(room, "user-2");

            assertValid(beforeRotation);
            assertValid(afterRotation);
            assertEquals(services.signingKeys.currentKey(Rooms.TENANT).kid(),
                    services.codec.keyIdOf(afterRotation.token()).orElseThrow());
            assertNotEquals(previous.kid(), services.codec.keyIdOf(afterRotation.token()).orElseThrow());
        }

        @Test
        void a_token_of_the_previous_key_verifies_for_as_long_as_it_lives() {
            services.rooms.clock.set(beforeRotation.grant().expiresAt().plus(SKEW).minusMillis(1));

            assertValid(beforeRotation);
        }

        @Test
        void the_previous_key_stops_verifying_when_it_retires_whatever_its_tokens_claim() {
            JoinGrant longLived = new JoinGrant(beforeRotation.grant().jti(), Rooms.TENANT, room.id(),
                    beforeRotation.grant().subject(), beforeRotation.grant().role(), "Forever", Map.of(),
                    Rooms.NOW, Rooms.NOW, Rooms.NOW.plus(Duration.ofDays(30)));
            String token = signedWith(longLived, previous);
            Instant retires = rotatedAt.plus(SigningKey.RETIREMENT_DELAY);

            services.rooms.clock.set(retires.minusMillis(1));
            assertEquals(Optional.of(longLived), verify(token));

            services.rooms.clock.set(retires);
            assertInvalid(token);
        }

        @Test
        void a_node_that_never_saw_the_previous_key_finds_it_in_the_store() {
            VerifyJoinTokenUseCase otherNode = new VerifyJoinTokenService(services.keysOf(services.keyStore,
                    SigningAlgorithm.HS256), services.codec, services.ledger, AccessServices.ISSUER, services.rooms.clock);

            assertEquals(Optional.of(beforeRotation.grant()), otherNode.verify(beforeRotation.token()));
        }
    }
}
