package dev.atrium.adapter.rest.auth;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import dev.atrium.application.port.in.tenant.RevokeApiKeyUseCase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every /v1 request needs a live API key, and a key reaches its own tenant's rooms only. */
@MicronautTest
class AuthenticationIT {
    private static final String BASIC_CHALLENGE = "Basic realm=\"atrium\", charset=\"UTF-8\"";

    @Inject
    TestTenants tenants;
    @Inject
    RevokeApiKeyUseCase revokeApiKey;

    @Test
    void aRequestWithoutCredentialsIsChallengedForAnApiKey() {
        Answer answer = tenants.anonymous().get("/v1/rooms");

        assertUnauthenticated(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-secret", "", "sk_a-secret-that-is-long-enough-to-be-one-0123"})
    void aKeyWithAnotherSecretIsRefused(String secret) {
        TestTenant tenant = tenants.create();

        Answer answer = tenants.anonymous().withKey(tenant.key().id().value(), secret).get("/v1/rooms");

        assertUnauthenticated(answer);
    }

    @Test
    void aKeyThatDoesNotExistIsRefused() {
        TestTenant tenant = tenants.create();

        Answer answer = tenants.anonymous().withKey("ak_no-such-key", tenant.key().secret().reveal()).get("/v1/rooms");

        assertUnauthenticated(answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic not/base64!", "Basic", "Bearer some-token", "Digest username=\"x\"", "ak_key:secret"})
    void anAuthorizationHeaderThatHoldsNoBasicCredentialsIsRefused(String authorization) {
        assertUnauthenticated(tenants.anonymous().withAuthorization(authorization).get("/v1/rooms"));
    }

    @Test
    void basicCredentialsWithoutAColonAreRefused() {
        String noColon = Base64.getEncoder().encodeToString("just-a-key-id".getBytes(StandardCharsets.UTF_8));

        assertUnauthenticated(tenants.anonymous().withAuthorization("Basic " + noColon).get("/v1/rooms"));
    }

    /** RFC 7235: the scheme is a case-insensitive token. */
    @ParameterizedTest
    @ValueSource(strings = {"Basic", "basic", "BASIC", "bAsIc"})
    void theSchemeNameIsReadWithoutRegardToCase(String scheme) {
        TestTenant tenant = tenants.create();
        String credentials = tenant.key().id().value() + ":" + tenant.key().secret().reveal();
        String encoded = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, tenants.anonymous().withAuthorization(scheme + " " + encoded).get("/v1/rooms").status());
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        TestTenant tenant = tenants.create();
        assertEquals(200, tenant.api().get("/v1/rooms").status());

        revokeApiKey.revokeApiKey(tenant.id(), tenant.key().id());

        assertUnauthenticated(tenant.api().get("/v1/rooms"));
    }

    @Test
    void anotherTenantsRoomIsNotFoundAndStaysUntouched() {
        ApiClient owner = tenants.create().api();
        ApiClient stranger = tenants.create().api();
        Answer room = owner.post("/v1/rooms", "{\"externalId\": \"private-room\"}");
        String id = room.text("id");

        assertProblem(stranger.get("/v1/rooms/" + id), 404, "ROOM_NOT_FOUND");
        assertProblem(stranger.get("/v1/rooms/private-room"), 404, "ROOM_NOT_FOUND");
        assertProblem(stranger.patch("/v1/rooms/" + id, "{\"name\": \"Mine now\"}"), 404, "ROOM_NOT_FOUND");
        assertProblem(stranger.post("/v1/rooms/" + id + "/end", null), 404, "ROOM_NOT_FOUND");
        assertProblem(stranger.delete("/v1/rooms/" + id), 404, "ROOM_NOT_FOUND");
        assertEquals(room.body(), owner.get("/v1/rooms/" + id).body());
    }

    @Test
    void theSameExternalIdMayNameRoomsOfDifferentTenants() {
        assertEquals(201, tenants.create().api().post("/v1/rooms", "{\"externalId\": \"standup\"}").status());

        assertEquals(201, tenants.create().api().post("/v1/rooms", "{\"externalId\": \"standup\"}").status());
    }

    @Test
    void anUnknownPathUnderV1IsNotFoundForACallerWithAKey() {
        assertProblem(tenants.create().api().get("/v1/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    void anUnknownPathUnderV1IsChallengedForACallerWithoutOne() {
        assertUnauthenticated(tenants.anonymous().get("/v1/nothing-here"));
    }

    @Test
    void aMethodThePathLacksIsChallengedForTheCredentialItsRoutesTake() {
        Answer ownSession = tenants.anonymous().send("PUT", "/v1/rooms/standup/sessions/self", "{}", "application/json");
        Answer chat = tenants.anonymous().send("PUT", "/v1/rooms/standup/messages", "{}", "application/json");

        assertProblem(ownSession, 401, "UNAUTHENTICATED");
        assertEquals("Bearer realm=\"atrium\"", ownSession.header("WWW-Authenticate"));
        assertProblem(chat, 401, "UNAUTHENTICATED");
        assertEquals(List.of(BASIC_CHALLENGE, "Bearer realm=\"atrium\""), chat.headers().allValues("WWW-Authenticate"));
    }

    @Test
    void aCallerWithACredentialThePathTakesLearnsTheMethodIsNotAllowed() {
        Answer answer = tenants.create().api().send("PUT", "/v1/rooms/standup/messages", "{}", "application/json");

        assertProblem(answer, 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void pathsOutsideV1AreNoBusinessOfTheFilter() {
        assertProblem(tenants.anonymous().get("/nothing-here"), 404, "NOT_FOUND");
    }

    private static void assertUnauthenticated(Answer answer) {
        assertProblem(answer, 401, "UNAUTHENTICATED");
        assertEquals(BASIC_CHALLENGE, answer.header("WWW-Authenticate"));
    }
}
