package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static dev.atrium.bootstrap.e2e.RoomApiEndToEndIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network to PostgreSQL goes silent (a proxy in between swallows every byte and answers
 * nothing) and comes back. Meanwhile requests fail within seconds with 503 and Retry-After, more of
 * them at once than the pool has connections, and readiness is DOWN; afterwards the same running
 * service serves again and is UP, with what it stored before, and nobody whose pings were lost in
 * the outage has been reaped.
 */
class DatabaseOutageIT {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageIT.class);
    private static final String KEY_ID = "e2e-key";
    private static final String SECRET = "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    /** Generous: the configured timeouts make a typical answer take 2 to 5 seconds. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(10);
    private static final int CONCURRENT_REQUESTS = 8;
    private static final Duration PRESENCE_TIMEOUT = Duration.ofSeconds(4);
    private static PostgresTestDatabase database;
    private static SilenceableTcpProxy proxy;
    private static EmbeddedServer server;

    @BeforeAll
    static void startBehindAProxy() {
        database = PostgresTestDatabase.create();
        proxy = SilenceableTcpProxy.forwardingTo(database.serverAddress());
        Map<String, Object> properties = new HashMap<>(database.propertiesThrough("127.0.0.1", proxy.port()));
        properties.put("atrium.presence.timeout", PRESENCE_TIMEOUT.toSeconds() + "s");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSilentDatabaseGivesServiceUnavailableWithinSecondsAndTheServiceRecoversWhenItAnswersAgain() throws Exception {
        HttpApi.Answer created = api().post("/v1/rooms", "{\"externalId\": \"before-the-outage\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(200, health().status());

        proxy.blackHole();

        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        try {
            List<Future<Timed>> answers = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                boolean write = i % 2 == 0;
                answers.add(clients.submit(() -> timed(() -> write
                        ? api().post("/v1/rooms", "{}")
                        : api().get("/v1/rooms/before-the-outage"))));
            }
            for (Future<Timed> future : answers) {
                Timed answer = future.get(30, TimeUnit.SECONDS);
                LOG.info("During the outage: {} in {} ms", answer.answer().status(), answer.took().toMillis());
                assertProblem(answer.answer(), 503, "SERVICE_UNAVAILABLE");
                assertNotNull(answer.answer().header("Retry-After"), "Retry-After");
                assertTrue(answer.took().compareTo(ANSWER_BOUND) < 0, "answered in " + answer.took());
            }
        } finally {
            clients.shutdownNow();
        }
        Timed health = timed(DatabaseOutageIT::health);
        LOG.info("Health during the outage: {} in {} ms", health.answer().status(), health.took().toMillis());
        assertEquals(503, health.answer().status(), health.answer().body());
        assertEquals("DOWN", health.answer().text("status"));
        assertTrue(health.took().compareTo(ANSWER_BOUND) < 0, "health answered in " + health.took());

        proxy.resume();

        long resumed = System.nanoTime();
        HttpApi.Answer read = pastTheOutage(() -> api().get("/v1/rooms/before-the-outage"));
        LOG.info("Serving again {} ms after the network came back", Duration.ofNanos(System.nanoTime() - resumed).toMillis());
        assertEquals(200, read.status(), read.body());
        assertEquals(created.text("id"), read.text("id"));
        assertEquals(201, api().post("/v1/rooms", "{}").status());
        assertEquals(200, pastTheOutage(DatabaseOutageIT::health).status());
    }

    @Test
    void aSessionWhosePingsWereLostInAnOutageLongerThanThePresenceTimeoutIsStillThereAfterIt() throws Exception {
        String room = api().post("/v1/rooms", "{}").text("id");
        HttpApi ada = session(room, "ada");
        String ping = "/v1/rooms/" + room + "/sessions/self/ping";
        assertEquals(200, ada.post(ping, null).status());

        proxy.blackHole();
        long silentUntil = System.nanoTime() + PRESENCE_TIMEOUT.multipliedBy(2).toNanos();
        while (System.nanoTime() < silentUntil) {
            assertProblem(ada.post(ping, null), 503, "SERVICE_UNAVAILABLE");
            Thread.sleep(500);
        }
        proxy.resume();

        HttpApi.Answer pinged = pastTheOutage(() -> ada.post(ping, null));
        assertEquals(200, pinged.status(), pinged.body());
        List<?> present = (List<?>) api().get("/v1/rooms/" + room + "/participants").json().get("items");
        assertEquals(1, present.size(), "ada was not reaped for the pings the server lost");
    }

    private static HttpApi session(String room, String userRef) {
        HttpApi.Answer issued = api().post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"%1$s\", \"role\": \"PARTICIPANT\", \"userRef\": \"%1$s\"}".formatted(userRef));
        HttpApi.Answer joined = HttpApi.anonymous(server.getURI(), json()).withBearer(issued.text("token"))
                .post("/v1/rooms/" + room + "/sessions", "{}");
        assertEquals(201, joined.status(), joined.body());
        return HttpApi.anonymous(server.getURI(), json()).withBearer(joined.text("credential"));
    }

    /** The first answer that is not 503: what the service says once it reaches the database again. */
    private static HttpApi.Answer pastTheOutage(Supplier<HttpApi.Answer> request) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpApi.Answer answer = request.get();
        while (answer.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            answer = request.get();
        }
        return answer;
    }

    private static Timed timed(Supplier<HttpApi.Answer> request) {
        long started = System.nanoTime();
        HttpApi.Answer answer = request.get();
        return new Timed(answer, Duration.ofNanos(System.nanoTime() - started));
    }

    private record Timed(HttpApi.Answer answer, Duration took) {
    }

    private static HttpApi.Answer health() {
        return HttpApi.anonymous(server.getURI(), json()).get("/health");
    }

    private static HttpApi api() {
        return HttpApi.anonymous(server.getURI(), json()).withKey(KEY_ID, SECRET);
    }

    private static JsonMapper json() {
        return server.getApplicationContext().getBean(JsonMapper.class);
    }
}
