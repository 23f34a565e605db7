package dev.atrium.adapter.rest.token;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.InMemoryUseCaseFactory;
import dev.atrium.adapter.rest.support.MediaServer;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.application.fakes.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static dev.atrium.adapter.rest.support.TokenRequests.isActive;
import static dev.atrium.adapter.rest.support.TokenRequests.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /v1/signing-keys with the default HS256: the tenant's secret for its media servers, which verify
 * tokens with it offline (here with another JWT library), and rotation that breaks no token in flight.
 */
@MicronautTest
class SigningKeyIT {
    @Inject
    TestTenants tenants;
    @Inject
    MutableClock clock;

    private final MediaServer mediaServer = new MediaServer("atrium", "atrium-rooms");
    private ApiClient api;
    private String roomId;

    @BeforeEach
    void newTenantWithARoom() {
        api = tenants.create().api();
        roomId = api.post("/v1/rooms", "{}").text("id");
    }

    @AfterEach
    void resetClock() {
        clock.set(InMemoryUseCaseFactory.NOW);
    }

    @Test
    void theCurrentKeyIsTheTenantsHs256SecretAndIsNeverCached() {
        Answer key = api.get("/v1/signing-keys/current");

        assertEquals(200, key.status(), key.body());
        assertEquals("no-store", key.header("Cache-Control"));
        assertEquals(List.of("kid", "alg", "createdAt", "key", "issuer", "audience"), List.copyOf(key.json().keySet()));
        assertTrue(key.text("kid").startsWith("key_"), key.text("kid"));
        assertEquals("HS256", key.text("alg"));
        assertEquals("2030-01-01T08:00:00Z", key.text("createdAt"));
        assertEquals(32, Base64.getUrlDecoder().decode(key.text("key")).length, "256 bits");
        assertEquals("atrium", key.text("issuer"));
        assertEquals("atrium-rooms", key.text("audience"));
        assertEquals(key.body(), api.get("/v1/signing-keys/current").body(), "one key until rotated");
    }

    @Test
    void eachTenantHasItsOwnKey() {
        assertNotEquals(api.get("/v1/signing-keys/current").text("key"),
                tenants.create().api().get("/v1/signing-keys/current").text("key"));
    }

    @Test
    void aMediaServerVerifiesTokensWithThePublishedKeyUsingAnotherJwtLibrary() throws Exception {
        Answer issued = issue(api, roomId, "alice");
        Answer key = api.get("/v1/signing-keys/current");

        JwtClaims claims = mediaServer.verify(issued.text("token"), key.text("alg"), key.value("key"),
                InMemoryUseCaseFactory.NOW);

        assertEquals("alice", claims.getSubject());
        assertEquals(roomId, claims.getStringClaimValue("room"));
        assertEquals(issued.text("jti"), claims.getJwtId());
    }

    @Test
    void rotationMakesANewCurrentKeyAndOldTokensVerifyUntilTheyExpire() throws Exception {
        Answer before = api.get("/v1/signing-keys/current");
        String oldToken = issue(api, roomId, "alice").text("token");

        Answer rotated = api.post("/v1/signing-keys/rotate", null);

        assertEquals(201, rotated.status(), rotated.body());
        assertEquals("no-store", rotated.header("Cache-Control"));
        assertNotEquals(before.text("kid"), rotated.text("kid"));
        assertNotEquals(before.text("key"), rotated.text("key"));
        assertEquals(rotated.body(), api.get("/v1/signing-keys/current").body());
        String newToken = issue(api, roomId, "bob").text("token");
        assertTrue(isActive(api, oldToken), "a token of the previous key still verifies");
        assertTrue(isActive(api, newToken));
        mediaServer.verify(newToken, "HS256", rotated.value("key"), InMemoryUseCaseFactory.NOW);
        assertThrows(InvalidJwtException.class,
                () -> mediaServer.verify(newToken, "HS256", before.value("key"), InMemoryUseCaseFactory.NOW));
        clock.advance(Duration.ofMinutes(16));
        assertFalse(isActive(api, oldToken), "until it expires, like any token");
    }

    @Test
    void theFirstRotationNeedsNoEarlierRead() {
        Answer rotated = tenants.create().api().post("/v1/signing-keys/rotate", null);

        assertEquals(201, rotated.status(), rotated.body());
        assertEquals("HS256", rotated.text("alg"));
    }

    @Test
    void withHs256ThereIsNoPublicKeySet() {
        assertProblem(tenants.anonymous().get("/.well-known/jwks.json"), 404, "NOT_FOUND");
    }

    @Test
    void signingKeysNeedAnApiKey() {
        assertProblem(tenants.anonymous().get("/v1/signing-keys/current"), 401, "UNAUTHENTICATED");
        assertProblem(tenants.anonymous().post("/v1/signing-keys/rotate", null), 401, "UNAUTHENTICATED");
    }
}
