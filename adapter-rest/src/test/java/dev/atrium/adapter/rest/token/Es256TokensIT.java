package dev.atrium.adapter.rest.token;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.InMemoryUseCaseFactory;
import dev.atrium.adapter.rest.support.MediaServer;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.TokenRequests.isActive;
import static dev.atrium.adapter.rest.support.TokenRequests.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ES256 opt-in (the setting is read in any case): tokens signed with P-256 keys, whose public
 * halves are published without authentication at /.well-known/jwks.json, where another JWT library
 * finds them by kid.
 */
@MicronautTest
@Property(name = "atrium.tokens.algorithm", value = "es256")
@Property(name = "atrium.tokens.issuer", value = "https://atrium.example")
@Property(name = "atrium.tokens.audience", value = "sfu.example")
class Es256TokensIT {
    @Inject
    TestTenants tenants;

    private final MediaServer mediaServer = new MediaServer("https://atrium.example", "sfu.example");
    private ApiClient api;
    private String roomId;

    @BeforeEach
    void newTenantWithARoom() {
        api = tenants.create().api();
        roomId = api.post("/v1/rooms", "{}").text("id");
    }

    @Test
    void theCurrentKeyIsAPublicJwk() {
        Answer key = api.get("/v1/signing-keys/current");

        assertEquals(200, key.status(), key.body());
        assertEquals("ES256", key.text("alg"));
        assertEquals("https://atrium.example", key.text("issuer"));
        assertEquals("sfu.example", key.text("audience"));
        assertEquals("EC", key.text("key.kty"));
        assertEquals("P-256", key.text("key.crv"));
        assertEquals(key.text("kid"), key.text("key.kid"));
        assertNull(key.value("key.d"), "never the private part");
    }

    @Test
    void aMediaServerVerifiesTokensWithTheCurrentKeyOrTheJwksUsingAnotherJwtLibrary() throws Exception {
        Answer issued = issue(api, roomId, "alice");
        Answer key = api.get("/v1/signing-keys/current");
        Answer jwks = tenants.anonymous().get("/.well-known/jwks.json");

        JwtClaims byKey = mediaServer.verify(issued.text("token"), "ES256", key.value("key"), InMemoryUseCaseFactory.NOW);
        JwtClaims byJwks = mediaServer.verifyWithJwks(issued.text("token"), jwks.body(), InMemoryUseCaseFactory.NOW);

        assertEquals("alice", byKey.getSubject());
        assertEquals("alice", byJwks.getSubject());
        assertTrue(isActive(api, issued.text("token")));
    }

    @Test
    void theJwksIsPublicAndListsEveryVerifyingKeyIncludingRotatedOnes() {
        String before = api.get("/v1/signing-keys/current").text("kid");
        String after = api.post("/v1/signing-keys/rotate", null).text("kid");

        Answer jwks = tenants.anonymous().get("/.well-known/jwks.json");

        assertEquals(200, jwks.status(), jwks.body());
        List<Map<String, Object>> keys = keys(jwks);
        List<Object> kids = keys.stream().map(jwk -> jwk.get("kid")).toList();
        assertTrue(kids.containsAll(List.of(before, after)), kids.toString());
        for (Map<String, Object> jwk : keys) {
            assertEquals(List.of("EC", "P-256", "sig", "ES256"),
                    List.of(jwk.get("kty"), jwk.get("crv"), jwk.get("use"), jwk.get("alg")));
            assertNull(jwk.get("d"));
        }
    }

    @Test
    void aTokenOfTheRotatedKeyStaysActive() {
        String token = issue(api, roomId, "alice").text("token");

        api.post("/v1/signing-keys/rotate", null);

        assertTrue(isActive(api, token));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keys(Answer jwks) {
        return (List<Map<String, Object>>) jwks.value("keys");
    }
}
