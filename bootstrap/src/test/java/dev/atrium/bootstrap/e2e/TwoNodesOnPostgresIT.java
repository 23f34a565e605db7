package dev.atrium.bootstrap.e2e;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.atrium.bootstrap.e2e.RoomApiEndToEndIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production shape: two Atrium nodes sharing one real PostgreSQL. What one node writes the other
 * serves, racing creates across nodes give one room and conflicts, a key revoked through one
 * node stops working on the other at once, and a chat message posted through one node ends a long
 * poll waiting on the other.
 */
class TwoNodesOnPostgresIT {
    private static final String KEY_ID = "e2e-key";
    private static final String SECRET = "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    /**
     * A poll on one node follows its room, so a message posted through the other is delivered to it by
     * its node's room feed (a notification, at worst the feed's 1 s backstop), well before the poll's
     * own 5 s backstop read would find it.
     */
    private static final Duration BEFORE_THE_POLLS_BACKSTOP = Duration.ofSeconds(4);
    private static NodesOnPostgres nodes;
    private static EmbeddedServer nodeA;
    private static EmbeddedServer nodeB;

    @BeforeAll
    static void startTwoNodes() {
        nodes = NodesOnPostgres.start(2, Map.of());
        nodeA = nodes.node(0);
        nodeB = nodes.node(1);
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void aRoomWrittenThroughOneNodeIsServedByTheOther() {
        HttpApi.Answer created = api(nodeA).post("/v1/rooms", "{\"externalId\": \"cross-node\", \"type\": \"PUBLIC\"}");
        assertEquals(201, created.status(), created.body());
        HttpApi.Answer read = api(nodeB).get("/v1/rooms/cross-node");
        assertEquals(200, read.status(), read.body());
        assertEquals(created.text("id"), read.text("id"));
    }

    @Test
    void racingCreatesOfOneExternalIdAcrossNodesGiveOneRoom() throws Exception {
        int attempts = 16;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                HttpApi node = api(i % 2 == 0 ? nodeA : nodeB);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return node.post("/v1/rooms", "{\"externalId\": \"raced\"}").status();
                }));
            }
            start.countDown();
            int created = 0;
            int conflicts = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                created += code == 201 ? 1 : 0;
                conflicts += code == 409 ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(attempts - 1, conflicts);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyRevokedThroughOneNodeStopsWorkingOnTheOther() {
        HttpApi adminA = HttpApi.anonymous(nodeA.getURI(), json()).withBearer("e2e-admin-token-0123456789");
        String tenantId = adminA.post("/v1/admin/tenants", "{\"name\": \"Carol\"}").text("id");
        HttpApi.Answer key = adminA.post("/v1/admin/tenants/" + tenantId + "/keys", null);
        HttpApi onB = HttpApi.anonymous(nodeB.getURI(), json()).withKey(key.text("id"), key.text("secret"));
        assertEquals(200, onB.get("/v1/rooms").status());
        assertEquals(204, adminA.delete("/v1/admin/tenants/" + tenantId + "/keys/" + key.text("id")).status());
        assertProblem(onB.get("/v1/rooms"), 401, "UNAUTHENTICATED");
    }

    @Test
    void tokensIssuedOnOneNodeVerifyOnTheOtherAcrossARotation() {
        String room = api(nodeA).post("/v1/rooms", "{}").text("id");
        String before = issue(nodeA, room);
        assertEquals(201, api(nodeB).post("/v1/signing-keys/rotate", null).status());
        String after = issue(nodeB, room);
        for (EmbeddedServer node : new EmbeddedServer[] {nodeA, nodeB}) {
            for (String token : new String[] {before, after}) {
                HttpApi.Answer introspected = api(node).send("POST", "/v1/tokens/introspect", "token=" + token,
                        "application/x-www-form-urlencoded");
                assertEquals(Boolean.TRUE, introspected.json().get("active"), introspected.body());
            }
        }
    }

    @Test
    void aMessagePostedThroughOneNodeEndsALongPollOnTheOther() throws Exception {
        String room = api(nodeA).post("/v1/rooms", "{}").text("id");
        HttpApi.Answer entered = HttpApi.anonymous(nodeB.getURI(), json()).withBearer(issue(nodeA, room))
                .post("/v1/rooms/" + room + "/sessions", null);
        assertEquals(201, entered.status(), entered.body());
        String credential = entered.text("credential");
        String messages = "/v1/rooms/" + room + "/messages";

        CompletableFuture<HttpApi.Answer> polling = CompletableFuture.supplyAsync(() ->
                HttpApi.anonymous(nodeA.getURI(), json()).withBearer(credential).get(messages + "?timeout=20"));
        Thread.sleep(600);
        assertFalse(polling.isDone(), "nothing to answer yet");
        HttpApi.Answer posted = HttpApi.anonymous(nodeB.getURI(), json()).withBearer(credential)
                .post(messages, "{\"text\": \"across nodes\"}");
        long postedAt = System.nanoTime();

        assertEquals(201, posted.status(), posted.body());
        HttpApi.Answer answer = polling.get(10, TimeUnit.SECONDS);
        assertEquals(200, answer.status(), answer.body());
        assertEquals(List.of("across nodes"), ((List<?>) answer.json().get("items")).stream()
                .map(item -> ((Map<?, ?>) item).get("text")).toList());
        Duration waited = Duration.ofNanos(System.nanoTime() - postedAt);
        assertTrue(waited.compareTo(BEFORE_THE_POLLS_BACKSTOP) < 0, "answered " + waited + " after the message");
    }

    @Test
    void fiftyJoinsSpreadOverTwoNodesForTenPlacesGiveTenSessions() throws Exception {
        String room = api(nodeA).post("/v1/rooms", "{\"limits\": {\"participants\": 10}}").text("id");
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            HttpApi.Answer issued = api(nodeA).post("/v1/rooms/" + room + "/tokens",
                    "{\"displayName\": \"P%1$d\", \"role\": \"PARTICIPANT\", \"userRef\": \"p-%1$d\"}".formatted(i));
            tokens.add(issued.text("token"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpApi.Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < tokens.size(); i++) {
                HttpApi holder = HttpApi.anonymous((i % 2 == 0 ? nodeA : nodeB).getURI(), json()).withBearer(tokens.get(i));
                answers.add(pool.submit(() -> {
                    start.await();
                    return holder.post("/v1/rooms/" + room + "/sessions", "{}");
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<HttpApi.Answer> answer : answers) {
                HttpApi.Answer result = answer.get();
                if (result.status() == 201) {
                    admitted++;
                } else {
                    assertProblem(result, 409, "ROOM_FULL");
                }
            }
            assertEquals(10, admitted);
            assertEquals(10, ((List<?>) api(nodeB).get("/v1/rooms/" + room + "/participants").json().get("items")).size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String issue(EmbeddedServer node, String room) {
        HttpApi.Answer issued = api(node).post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"Nia\", \"role\": \"PARTICIPANT\", \"userRef\": \"nia\"}");
        assertEquals(201, issued.status(), issued.body());
        return issued.text("token");
    }

    private static HttpApi api(EmbeddedServer node) {
        return HttpApi.anonymous(node.getURI(), json()).withKey(KEY_ID, SECRET);
    }

    private static JsonMapper json() {
        return nodeA.getApplicationContext().getBean(JsonMapper.class);
    }
}
