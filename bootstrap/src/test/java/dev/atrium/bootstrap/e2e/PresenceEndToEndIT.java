package dev.atrium.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.atrium.bootstrap.e2e.RoomApiEndToEndIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presence on the real wiring: a session that stops pinging is reaped by the timer poller on its own,
 * once, while one that pings (one write of its row, without the room's lock) stays however often the
 * room's timer comes at a deadline the pings moved.
 */
@MicronautTest
@Property(name = "atrium.presence.timeout", value = "2s")
class PresenceEndToEndIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private final Logger events = (Logger) LoggerFactory.getLogger("atrium.events");
    private final ListAppender<ILoggingEvent> published = new ListAppender<>();

    @BeforeEach
    void listen() {
        published.start();
        events.addAppender(published);
    }

    @AfterEach
    void stopListening() {
        events.detachAppender(published);
    }

    @Test
    void aSessionWithoutPingsIsReapedByTheTimerPollerWithNothingElseHappening() throws Exception {
        HttpApi api = HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz");
        String room = api.post("/v1/rooms", "{}").text("id");
        HttpApi silent = session(api, room, "silent");
        assertEquals(1, ((List<?>) api.get("/v1/rooms/" + room + "/participants").json().get("items")).size());

        // Listing participants only reads; what empties the room is the poller firing the presence deadline.
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(10));
        while (!((List<?>) api.get("/v1/rooms/" + room + "/participants").json().get("items")).isEmpty()) {
            assertTrue(Instant.now().isBefore(giveUp), "the silent session was never reaped");
            Thread.sleep(200);
        }

        assertProblem(silent.get("/v1/rooms/" + room + "/sessions/self"), 404, "PARTICIPANT_NOT_FOUND");
    }

    @Test
    void aPingingSessionStaysWhileASilentOneIsReapedOnceWithTimeout() throws Exception {
        HttpApi api = HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz");
        String room = api.post("/v1/rooms", "{}").text("id");
        HttpApi pinging = session(api, room, "pinging");
        HttpApi silent = session(api, room, "silent");

        // Pinging every 500 ms for 5 s: two and a half presence timeouts, so the room's timer comes at
        // deadlines the pings had already moved, and must find them and come back later.
        Instant until = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(until)) {
            HttpApi.Answer pinged = pinging.post("/v1/rooms/" + room + "/sessions/self/ping", "");
            assertEquals(200, pinged.status(), pinged.body());
            pinging = HttpApi.anonymous(server.getURI(), json).withBearer(pinged.text("credential"));
            Thread.sleep(500);
        }

        assertEquals(List.of("pinging"), userRefsIn(api, room));
        assertEquals(200, pinging.get("/v1/rooms/" + room + "/sessions/self").status());
        assertProblem(silent.post("/v1/rooms/" + room + "/sessions/self/ping", ""), 404, "PARTICIPANT_NOT_FOUND");
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(5));
        while (timeoutsOf(room, "silent") == 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        assertEquals(1, timeoutsOf(room, "silent"), "the silent session leaves with TIMEOUT, once");
        assertEquals(0, timeoutsOf(room, "pinging"));
    }

    private List<Object> userRefsIn(HttpApi api, String room) {
        return ((List<?>) api.get("/v1/rooms/" + room + "/participants").json().get("items")).stream()
                .map(item -> ((java.util.Map<?, ?>) item).get("userRef"))
                .map(Object.class::cast)
                .toList();
    }

    /** How many ParticipantLeft events with reason TIMEOUT of {@code userRef} the room published. */
    private long timeoutsOf(String room, String userRef) {
        return List.copyOf(published.list).stream()
                .map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains("type=ParticipantLeft") && line.contains("room=" + room + " ")
                        && line.contains(userRef) && line.contains("reason=TIMEOUT"))
                .count();
    }

    private HttpApi session(HttpApi api, String room, String userRef) {
        HttpApi.Answer issued = api.post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"%1$s\", \"role\": \"PARTICIPANT\", \"userRef\": \"%1$s\"}".formatted(userRef));
        HttpApi.Answer joined = HttpApi.anonymous(server.getURI(), json).withBearer(issued.text("token"))
                .post("/v1/rooms/" + room + "/sessions", "{}");
        assertEquals(201, joined.status(), joined.body());
        return HttpApi.anonymous(server.getURI(), json).withBearer(joined.text("credential"));
    }
}
