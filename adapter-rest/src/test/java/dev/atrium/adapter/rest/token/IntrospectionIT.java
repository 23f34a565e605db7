package dev.atrium.adapter.rest.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import dev.atrium.adapter.rest.jwt.JwtTokenCodec;
import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.InMemoryUseCaseFactory;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import dev.atrium.application.fakes.MutableClock;
import dev.atrium.application.port.in.token.CurrentSigningKeyUseCase;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenId;
import dev.atrium.domain.token.TokenIssuer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.text.ParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static dev.atrium.adapter.rest.support.TokenRequests.introspect;
import static dev.atrium.adapter.rest.support.TokenRequests.isActive;
import static dev.atrium.adapter.rest.support.TokenRequests.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /v1/tokens/introspect (RFC 7662): an active token's claims, and {@code {"active": false}} for
 * every way a token can be invalid, each checked on its own.
 */
@MicronautTest
class IntrospectionIT {
    private static final Map<String, Object> INACTIVE = Map.of("active", false);

    @Inject
    TestTenants tenants;
    @Inject
    MutableClock clock;
    @Inject
    CurrentSigningKeyUseCase currentSigningKey;
    @Inject
    JwtTokenCodec codec;

    private TestTenant tenant;
    private ApiClient api;
    private String roomId;

    @BeforeEach
    void newTenantWithARoom() {
        tenant = tenants.create();
        api = tenant.api();
        roomId = api.post("/v1/rooms", "{}").text("id");
    }

    @AfterEach
    void resetClock() {
        clock.set(InMemoryUseCaseFactory.NOW);
    }

    @Test
    void anActiveTokenShowsItsClaims() {
        Answer issued = api.post("/v1/rooms/" + roomId + "/tokens", """
                {"displayName": "Alice", "role": "MODERATOR", "userRef": "alice", "metadata": {"seat": "12"}, "ttlSeconds": 600}
                """);

        Answer answer = introspect(api, issued.text("token"));

        assertEquals(200, answer.status(), answer.body());
        long now = InMemoryUseCaseFactory.NOW.getEpochSecond();
        assertEquals(Map.ofEntries(Map.entry("active", true), Map.entry("iss", "atrium"), Map.entry("aud", "atrium-rooms"),
                Map.entry("sub", "alice"), Map.entry("exp", now + 600), Map.entry("iat", now), Map.entry("nbf", now),
                Map.entry("jti", issued.text("jti")), Map.entry("token_type", "join"), Map.entry("room", roomId),
                Map.entry("tenant", tenant.id().value()), Map.entry("role", "MODERATOR"), Map.entry("name", "Alice"),
                Map.entry("metadata", Map.of("seat", "12"))), numbersAsLongs(answer.json()));
    }

    @Test
    void theRequestMayAlsoBeJson() {
        String token = issue(api, roomId, "alice").text("token");

        Answer answer = api.post("/v1/tokens/introspect", "{\"token\": \"" + token + "\"}");

        assertEquals(200, answer.status(), answer.body());
        assertEquals(Boolean.TRUE, answer.value("active"));
        assertEquals("alice", answer.text("sub"));
    }

    @Test
    void aTamperedTokenIsInactive() {
        String[] parts = issue(api, roomId, "alice").text("token").split("\\.");
        String promoted = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"PARTICIPANT\"", "\"MODERATOR\"");

        Answer answer = introspect(api, parts[0] + "." + Base64URL.encode(promoted) + "." + parts[2]);

        assertEquals(INACTIVE, answer.json());
    }

    @Test
    void anExpiredTokenIsInactiveOnceTheClockSkewIsOver() {
        String token = api.post("/v1/rooms/" + roomId + "/tokens",
                "{\"displayName\": \"Alice\", \"role\": \"PARTICIPANT\", \"userRef\": \"alice\", \"ttlSeconds\": 60}").text("token");

        clock.advance(Duration.ofSeconds(60 + 29));
        assertTrue(isActive(api, token), "within 30 s of skew");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(INACTIVE, introspect(api, token).json());
    }

    @Test
    void aTokenFromTheFutureIsInactiveBeyondTheClockSkew() {
        String token = issue(api, roomId, "alice").text("token");

        clock.set(InMemoryUseCaseFactory.NOW.minusSeconds(30));
        assertTrue(isActive(api, token), "within 30 s of skew");
        clock.set(InMemoryUseCaseFactory.NOW.minusSeconds(31));
        assertEquals(INACTIVE, introspect(api, token).json());
    }

    @Test
    void aTokenForAnotherAudienceIsInactive() {
        SigningKey key = currentSigningKey.currentKey(tenant.id());

        String token = codec.encode(grant(), key, new TokenIssuer("atrium", "another-service"));

        assertEquals(INACTIVE, introspect(api, token).json());
        assertTrue(isActive(api, codec.encode(grant(), key, new TokenIssuer("atrium", "atrium-rooms"))),
                "the same grant for our audience is active");
    }

    @Test
    void aTokenForAnotherIssuerIsInactive() {
        String token = codec.encode(grant(), currentSigningKey.currentKey(tenant.id()), new TokenIssuer("elsewhere", "atrium-rooms"));

        assertEquals(INACTIVE, introspect(api, token).json());
    }

    @Test
    void aTokenWithAnotherAlgorithmIsInactiveEvenWithTheRightSecret() throws JOSEException {
        SigningKey key = currentSigningKey.currentKey(tenant.id());
        Map<String, Object> claims = claimsOf(codec.encode(grant(), key, new TokenIssuer("atrium", "atrium-rooms")));
        byte[] longer = new byte[64];
        System.arraycopy(key.secret(), 0, longer, 0, 32);
        JWSObject hs512 = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS512).keyID(key.kid()).build(), new Payload(claims));
        hs512.sign(new MACSigner(longer));

        assertEquals(INACTIVE, introspect(api, hs512.serialize()).json());
    }

    @Test
    void anUnsignedTokenIsInactive() {
        String[] parts = issue(api, roomId, "alice").text("token").split("\\.");
        String kid = currentSigningKey.currentKey(tenant.id()).kid();
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}").toString();

        assertEquals(INACTIVE, introspect(api, none + "." + parts[1] + ".").json());
    }

    @Test
    void aRevokedTokenIsInactive() {
        Answer issued = issue(api, roomId, "alice");

        assertEquals(204, api.delete("/v1/rooms/" + roomId + "/tokens/" + issued.text("jti")).status());

        assertEquals(INACTIVE, introspect(api, issued.text("token")).json());
    }

    @Test
    void anotherTenantsTokenIsInactiveForTheCaller() {
        String token = issue(api, roomId, "alice").text("token");

        assertEquals(INACTIVE, introspect(tenants.create().api(), token).json());
        assertTrue(isActive(api, token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "a.b.c", "eyJhbGciOiJIUzI1NiIsImtpZCI6Im5vLXN1Y2gta2V5In0.e30.c2ln"})
    void somethingThatIsNoTokenOfOursIsInactive(String token) {
        assertEquals(INACTIVE, introspect(api, token).json());
    }

    @Test
    void aRequestWithoutATokenIsRefused() {
        Answer form = api.send("POST", "/v1/tokens/introspect", "token_type_hint=join", "application/x-www-form-urlencoded");
        Answer json = api.post("/v1/tokens/introspect", "{}");

        assertProblem(form, 400, "INVALID_PARAMETER");
        assertEquals(List.of("token:INVALID_PARAMETER"), form.fieldErrors());
        assertProblem(json, 400, "INVALID_PARAMETER");
        assertEquals(List.of("token:INVALID_PARAMETER"), json.fieldErrors());
    }

    @Test
    void aJsonRequestIsCheckedLikeEveryDocument() {
        assertProblem(api.post("/v1/tokens/introspect", "{\"token\": 5}"), 400, "INVALID_FIELD_TYPE");
        assertProblem(api.post("/v1/tokens/introspect", "{\"token\": \"t\", \"hint\": \"join\"}"), 400, "UNKNOWN_FIELD");
        assertProblem(api.post("/v1/tokens/introspect", "token"), 400, "MALFORMED_JSON");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupported() {
        assertProblem(api.send("POST", "/v1/tokens/introspect", "token=x", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void introspectionNeedsAnApiKey() {
        assertProblem(introspect(tenants.anonymous(), "any"), 401, "UNAUTHENTICATED");
    }

    private JoinGrant grant() {
        SecureRandom random = new SecureRandom();
        return new JoinGrant(TokenId.next(InMemoryUseCaseFactory.NOW, random), tenant.id(), new RoomId(roomId),
                new UserRef("mallory"), Role.OWNER, "Mallory", Map.of(), InMemoryUseCaseFactory.NOW,
                InMemoryUseCaseFactory.NOW, InMemoryUseCaseFactory.NOW.plusSeconds(600));
    }

    private static Map<String, Object> claimsOf(String token) {
        try {
            return JWSObject.parse(token).getPayload().toJSONObject();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> numbersAsLongs(Map<String, Object> json) {
        Map<String, Object> copy = new LinkedHashMap<>(json);
        copy.replaceAll((name, value) -> value instanceof Number number ? (Object) number.longValue() : value);
        return copy;
    }
}
