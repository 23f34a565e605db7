package dev.atrium.bootstrap.e2e;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rooms API end to end on the real wiring: HTTP, authentication, use cases, JDBC, H2. Every
 * error status the API promises is provoked here once on the real stack.
 */
@MicronautTest
class RoomApiEndToEndIT {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private HttpApi api;

    @BeforeEach
    void connect() {
        api = HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz");
    }

    @Test
    void aRoomIsCreatedReadByIdAndExternalIdUpdatedEndedAndDeleted() {
        String externalId = "standup-" + System.nanoTime();
        HttpApi.Answer created = api.post("/v1/rooms", """
                {"externalId": "%s", "name": "Daily standup", "type": "GROUP",
                 "schedule": {"kind": "PERMANENT"}, "limits": {"participants": 10},
                 "sip": {"enabled": true}, "metadata": {"team": "core", "tags": ["a", "b"]}}
                """.formatted(externalId));
        assertEquals(201, created.status(), created.body());
        String id = created.text("id");
        assertTrue(id.startsWith("rm_"));
        assertEquals("/v1/rooms/" + id, created.header("Location"));
        assertNotNull(created.header("ETag"));
        assertEquals("OPEN", created.text("status"));

        HttpApi.Answer byExternalId = api.get("/v1/rooms/" + externalId);
        assertEquals(200, byExternalId.status());
        assertEquals(id, byExternalId.text("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> sip = (Map<String, Object>) byExternalId.json().get("sip");
        assertTrue(((String) sip.get("pin")).matches("[0-9]{6}"));

        HttpApi.Answer patched = api.patch("/v1/rooms/" + id, """
                {"name": "Weekly standup", "description": null}
                """, "If-Match", created.header("ETag"));
        assertEquals(200, patched.status(), patched.body());
        assertEquals("Weekly standup", patched.text("name"));
        assertNotEquals(created.header("ETag"), patched.header("ETag"));

        HttpApi.Answer stale = api.patch("/v1/rooms/" + id, "{\"name\": \"x\"}", "If-Match", created.header("ETag"));
        assertProblem(stale, 412, "VERSION_MISMATCH");

        HttpApi.Answer ended = api.post("/v1/rooms/" + id + "/end", null);
        assertEquals(200, ended.status(), ended.body());
        assertEquals("ENDED", ended.text("status"));
        assertEquals(200, api.post("/v1/rooms/" + id + "/end", null).status(), "ending is idempotent");
        assertProblem(api.patch("/v1/rooms/" + id, "{\"name\": \"late\"}"), 409, "ROOM_ENDED");

        assertEquals(204, api.delete("/v1/rooms/" + id).status());
        assertProblem(api.get("/v1/rooms/" + id), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void listingPagesThroughRoomsWithAStableCursor() {
        String prefix = "page-" + System.nanoTime() + "-";
        for (int i = 0; i < 5; i++) {
            assertEquals(201, api.post("/v1/rooms", "{\"externalId\": \"" + prefix + i + "\", \"type\": \"PUBLIC\"}").status());
        }
        HttpApi.Answer first = api.get("/v1/rooms?type=PUBLIC&order=desc&limit=2");
        assertEquals(200, first.status(), first.body());
        List<?> items = (List<?>) first.json().get("items");
        assertEquals(2, items.size());
        String cursor = first.text("nextCursor");
        assertNotNull(cursor);
        HttpApi.Answer second = api.get("/v1/rooms?type=PUBLIC&order=desc&limit=2&cursor=" + cursor);
        assertEquals(200, second.status(), second.body());
        assertFalse(second.body().contains(String.valueOf(((Map<?, ?>) items.get(0)).get("id"))));
        assertProblem(api.get("/v1/rooms?order=asc&cursor=" + cursor), 400, "INVALID_CURSOR");
        assertProblem(api.get("/v1/rooms?limit=101"), 400, "VALIDATION_FAILED");
    }

    @Test
    void everyKindOfBadRequestGetsAProblemWithAStableCode() {
        assertProblem(api.post("/v1/rooms", "{\"name\": "), 400, "MALFORMED_JSON");
        assertProblem(api.post("/v1/rooms", "{\"colour\": \"red\"}"), 400, "UNKNOWN_FIELD");
        assertProblem(api.post("/v1/rooms", "{\"name\": \"a\", \"name\": \"b\"}"), 400, "MALFORMED_JSON");
        assertProblem(api.post("/v1/rooms", "{\"schedule\": {\"expiresAt\": \"+1000000000-01-01T00:00:00Z\"}}"), 400, "VALIDATION_FAILED");
        assertProblem(api.post("/v1/rooms", "{\"status\": \"ENDED\"}"), 400, "READ_ONLY_FIELD");
        assertProblem(api.send("POST", "/v1/rooms", "name=x", "application/x-www-form-urlencoded"), 415, "UNSUPPORTED_MEDIA_TYPE");
        String huge = "{\"description\": \"" + "x".repeat(70 * 1024) + "\"}";
        assertProblem(api.post("/v1/rooms", huge), 413, "PAYLOAD_TOO_LARGE");

        HttpApi.Answer invalid = api.post("/v1/rooms", """
                {"name": "  ", "limits": {"moderators": 6}, "media": {"maxActiveTalkers": 17}}
                """);
        assertProblem(invalid, 400, "VALIDATION_FAILED");
        List<Object> fields = invalid.errors().stream().map(error -> error.get("field")).toList();
        assertTrue(fields.containsAll(List.of("limits.moderators", "media.maxActiveTalkers")), fields.toString());

        String externalId = "dup-" + System.nanoTime();
        assertEquals(201, api.post("/v1/rooms", "{\"externalId\": \"" + externalId + "\"}").status());
        assertProblem(api.post("/v1/rooms", "{\"externalId\": \"" + externalId + "\"}"), 409, "EXTERNAL_ID_TAKEN");

        String typeChange = api.post("/v1/rooms", "{}").text("id");
        HttpApi.Answer immutable = api.patch("/v1/rooms/" + typeChange, "{\"type\": \"PUBLIC\"}");
        assertProblem(immutable, 400, "VALIDATION_FAILED");
        assertTrue(immutable.errors().contains(Map.of("field", "type", "code", "IMMUTABLE",
                "message", immutable.errors().stream().filter(error -> "type".equals(error.get("field")))
                        .findFirst().orElseThrow().get("message"))), immutable.body());
        assertProblem(api.get("/v1/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    void requestsWithoutAValidKeyAreRefusedWithAChallenge() {
        HttpApi.Answer anonymous = HttpApi.anonymous(server.getURI(), json).get("/v1/rooms");
        assertProblem(anonymous, 401, "UNAUTHENTICATED");
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic"));
        assertProblem(HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "wrong-secret").get("/v1/rooms"),
                401, "UNAUTHENTICATED");
        assertEquals(200, HttpApi.anonymous(server.getURI(), json).get("/health").status());
    }

    @Test
    void tenantsOnlySeeTheirOwnRoomsAndRevokedKeysStopAtOnce() {
        HttpApi admin = HttpApi.anonymous(server.getURI(), json).withBearer("e2e-admin-token-0123456789");
        HttpApi alice = tenantWithKey(admin, "Alice Corp");
        HttpApi bob = tenantWithKey(admin, "Bob Ltd");

        String externalId = "shared-name";
        HttpApi.Answer alicesRoom = alice.post("/v1/rooms", "{\"externalId\": \"" + externalId + "\"}");
        assertEquals(201, alicesRoom.status(), alicesRoom.body());
        assertEquals(201, bob.post("/v1/rooms", "{\"externalId\": \"" + externalId + "\"}").status(),
                "externalIds are unique per tenant, not globally");

        String aliceRoomId = alicesRoom.text("id");
        assertProblem(bob.get("/v1/rooms/" + aliceRoomId), 404, "ROOM_NOT_FOUND");
        assertProblem(bob.patch("/v1/rooms/" + aliceRoomId, "{\"name\": \"mine\"}"), 404, "ROOM_NOT_FOUND");
        assertProblem(bob.delete("/v1/rooms/" + aliceRoomId), 404, "ROOM_NOT_FOUND");
        assertFalse(bob.get("/v1/rooms?limit=100").body().contains(aliceRoomId));

        assertProblem(HttpApi.anonymous(server.getURI(), json).withBearer("wrong").post("/v1/admin/tenants", "{\"name\": \"x\"}"),
                401, "UNAUTHENTICATED");
    }

    private HttpApi tenantWithKey(HttpApi admin, String name) {
        HttpApi.Answer tenant = admin.post("/v1/admin/tenants", "{\"name\": \"" + name + "\"}");
        assertEquals(201, tenant.status(), tenant.body());
        HttpApi.Answer key = admin.post("/v1/admin/tenants/" + tenant.text("id") + "/keys", null);
        assertEquals(201, key.status(), key.body());
        HttpApi client = HttpApi.anonymous(server.getURI(), json).withKey(key.text("id"), key.text("secret"));
        assertEquals(200, client.get("/v1/rooms").status());

        HttpApi.Answer spare = admin.post("/v1/admin/tenants/" + tenant.text("id") + "/keys", null);
        HttpApi spareClient = HttpApi.anonymous(server.getURI(), json).withKey(spare.text("id"), spare.text("secret"));
        assertEquals(200, spareClient.get("/v1/rooms").status());
        assertEquals(204, admin.delete("/v1/admin/tenants/" + tenant.text("id") + "/keys/" + spare.text("id")).status());
        assertProblem(spareClient.get("/v1/rooms"), 401, "UNAUTHENTICATED");
        return client;
    }

    static void assertProblem(HttpApi.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith(PROBLEM_JSON), answer.header("Content-Type"));
        assertEquals(code, answer.code(), answer.body());
        assertNull(answer.json().get("stackTrace"));
        assertFalse(answer.body().contains("Exception"), answer.body());
    }
}
