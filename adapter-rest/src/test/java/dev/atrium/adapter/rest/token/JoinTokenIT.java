package dev.atrium.adapter.rest.token;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.InMemoryUseCaseFactory;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.application.fakes.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static dev.atrium.adapter.rest.support.TokenRequests.isActive;
import static dev.atrium.adapter.rest.support.TokenRequests.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /v1/rooms/{id}/tokens: issuing join tokens within the room's opening times, and revoking them. */
@MicronautTest
class JoinTokenIT {
    private static final String MEETING_AT_TEN = """
            {"externalId": "meeting", "schedule": {"kind": "SCHEDULED", "startsAt": "2030-01-01T10:00:00Z", "durationMinutes": 60}}
            """;

    @Inject
    TestTenants tenants;
    @Inject
    MutableClock clock;

    private ApiClient api;
    private String roomId;

    @BeforeEach
    void newTenantWithARoom() {
        api = tenants.create().api();
        roomId = api.post("/v1/rooms", "{\"externalId\": \"standup\"}").text("id");
    }

    @AfterEach
    void resetClock() {
        clock.set(InMemoryUseCaseFactory.NOW);
    }

    @Test
    void aTokenIsIssuedForAPersonAndRole() {
        Answer issued = api.post("/v1/rooms/standup/tokens", """
                {"displayName": "Alice", "role": "viewer", "userRef": "alice", "metadata": {"team": "core"}, "ttlSeconds": 3600}
                """);

        assertEquals(201, issued.status(), issued.body());
        assertEquals("no-store", issued.header("Cache-Control"));
        assertEquals(List.of("token", "jti", "roomId", "userRef", "role", "displayName", "issuedAt", "expiresAt"),
                List.copyOf(issued.json().keySet()));
        assertEquals(3, issued.text("token").split("\\.").length);
        assertTrue(issued.text("jti").startsWith("jt_"), issued.text("jti"));
        assertEquals(roomId, issued.text("roomId"));
        assertEquals("alice", issued.text("userRef"));
        assertEquals("VIEWER", issued.text("role"));
        assertEquals("Alice", issued.text("displayName"));
        assertEquals("2030-01-01T08:00:00Z", issued.text("issuedAt"));
        assertEquals("2030-01-01T09:00:00Z", issued.text("expiresAt"));
        assertTrue(isActive(api, issued.text("token")));
    }

    @Test
    void aTokenLivesFifteenMinutesByDefault() {
        assertEquals("2030-01-01T08:15:00Z", issue(api, roomId, "alice").text("expiresAt"));
    }

    @Test
    void everyWrongValueOfATokenRequestIsReportedWithItsField() {
        Answer answer = api.post("/v1/rooms/standup/tokens", """
                {"displayName": "", "role": "KING", "userRef": " padded", "ttlSeconds": 59,
                 "metadata": {"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6"}}
                """);

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("displayName:REQUIRED", "role:INVALID_VALUE", "userRef:INVALID_FORMAT", "metadata:TOO_LONG",
                "ttlSeconds:OUT_OF_RANGE"), answer.fieldErrors());
    }

    @Test
    void metadataValuesAreShortStrings() {
        Answer answer = api.post("/v1/rooms/standup/tokens", """
                {"displayName": "A", "role": "PARTICIPANT", "userRef": "a", "metadata": {"seat": 12, "note": "%s"}}
                """.formatted("x".repeat(257)));

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("metadata.seat:INVALID_VALUE", "metadata.note:TOO_LONG"), answer.fieldErrors());
    }

    @Test
    void theTokenRequestIsCheckedLikeEveryDocument() {
        assertProblem(api.post("/v1/rooms/standup/tokens", "{\"displayName\": \"A\", \"jti\": \"jt_x\"}"), 400, "READ_ONLY_FIELD");
        assertProblem(api.post("/v1/rooms/standup/tokens", "{\"displayName\": \"A\", \"scope\": \"all\"}"), 400, "UNKNOWN_FIELD");
        assertProblem(api.post("/v1/rooms/standup/tokens", "{\"ttlSeconds\": \"900\"}"), 400, "INVALID_FIELD_TYPE");
        assertProblem(api.post("/v1/rooms/standup/tokens", "{\"name\": "), 400, "MALFORMED_JSON");
        assertProblem(api.send("POST", "/v1/rooms/standup/tokens", "name=A", "application/x-www-form-urlencoded"),
                415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api.post("/v1/rooms/standup/tokens", "{\"name\": \"" + "x".repeat(64 * 1024) + "\"}"),
                413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void noTokenForARoomThatDoesNotExistOrHasEnded() {
        assertProblem(issue(api, "no-such-room", "alice"), 404, "ROOM_NOT_FOUND");
        assertProblem(issue(tenants.create().api(), roomId, "alice"), 404, "ROOM_NOT_FOUND");

        api.post("/v1/rooms/standup/end", null);

        assertProblem(issue(api, roomId, "alice"), 409, "ROOM_ENDED");
    }

    @Test
    void aMeetingGivesTokensFromFifteenMinutesBeforeItsStartUntilItsEnd() {
        api.post("/v1/rooms", MEETING_AT_TEN);

        assertProblem(issue(api, "meeting", "alice"), 409, "ROOM_NOT_OPEN_YET");
        clock.set(InMemoryUseCaseFactory.NOW.plus(Duration.ofMinutes(105)));
        Answer early = issue(api, "meeting", "alice");
        clock.set(InMemoryUseCaseFactory.NOW.plus(Duration.ofMinutes(175)));
        Answer nearTheEnd = issue(api, "meeting", "alice");
        clock.set(InMemoryUseCaseFactory.NOW.plus(Duration.ofMinutes(180)));
        Answer over = issue(api, "meeting", "alice");

        assertEquals(201, early.status(), early.body());
        assertEquals(201, nearTheEnd.status(), nearTheEnd.body());
        assertEquals("2030-01-01T11:00:00Z", nearTheEnd.text("expiresAt"), "never beyond the meeting's end");
        assertProblem(over, 409, "ROOM_ENDED");
    }

    @Test
    void aRevokedTokenStopsVerifyingAndRevokingAgainIsHarmless() {
        Answer alice = issue(api, roomId, "alice");
        Answer bob = issue(api, roomId, "bob");

        Answer revoked = api.delete("/v1/rooms/standup/tokens/" + alice.text("jti"));

        assertEquals(204, revoked.status(), revoked.body());
        assertFalse(isActive(api, alice.text("token")));
        assertTrue(isActive(api, bob.text("token")));
        assertEquals(204, api.delete("/v1/rooms/standup/tokens/" + alice.text("jti")).status());
    }

    @Test
    void everyTokenOfOnePersonIsRevokedAtOnce() {
        String first = issue(api, roomId, "mallory").text("token");
        String second = issue(api, roomId, "mallory").text("token");
        String bystander = issue(api, roomId, "alice").text("token");
        clock.advance(Duration.ofMillis(1));

        Answer revoked = api.delete("/v1/rooms/standup/tokens?userRef=mallory");

        assertEquals(204, revoked.status(), revoked.body());
        assertFalse(isActive(api, first));
        assertFalse(isActive(api, second));
        assertTrue(isActive(api, bystander));
        clock.advance(Duration.ofMillis(1));
        assertTrue(isActive(api, issue(api, roomId, "mallory").text("token")), "a token issued later is not revoked");
    }

    @Test
    void aUserRefWithReservedCharactersIsPassedEncoded() {
        String token = issue(api, roomId, "ldap:uid=m&o").text("token");
        clock.advance(Duration.ofMillis(1));

        assertEquals(204, api.delete("/v1/rooms/standup/tokens?userRef=ldap%3Auid%3Dm%26o").status());

        assertFalse(isActive(api, token));
    }

    @Test
    void revokingEveryTokenNeedsAValidUserRef() {
        Answer missing = api.delete("/v1/rooms/standup/tokens");
        Answer invalid = api.delete("/v1/rooms/standup/tokens?userRef=%20padded");

        assertProblem(missing, 400, "INVALID_PARAMETER");
        assertEquals(List.of("userRef:INVALID_PARAMETER"), missing.fieldErrors());
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        assertEquals(List.of("userRef:INVALID_FORMAT"), invalid.fieldErrors());
    }

    @Test
    void revokingInARoomThatDoesNotExistOrWithAMalformedJtiIsNotFound() {
        assertProblem(api.delete("/v1/rooms/no-such-room/tokens/jt_01JKQ3ZC5X7D2M8N4P6R9S1T3V"), 404, "ROOM_NOT_FOUND");
        assertProblem(api.delete("/v1/rooms/standup/tokens/not-a-jti"), 404, "TOKEN_NOT_FOUND");
        assertProblem(api.delete("/v1/rooms/no-such-room/tokens?userRef=alice"), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void tokensNeedAnApiKey() {
        assertProblem(issue(tenants.anonymous(), roomId, "alice"), 401, "UNAUTHENTICATED");
        assertProblem(tenants.anonymous().delete("/v1/rooms/standup/tokens?userRef=alice"), 401, "UNAUTHENTICATED");
    }
}
