package dev.atrium.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.atrium.bootstrap.e2e.RoomApiEndToEndIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presence on the real wiring: a session that stops pinging is reaped by the timer poller on its own. */
@MicronautTest
@Property(name = "atrium.presence.timeout", value = "2s")
class PresenceEndToEndIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

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

    private HttpApi session(HttpApi api, String room, String userRef) {
        HttpApi.Answer issued = api.post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"%1$s\", \"role\": \"PARTICIPANT\", \"userRef\": \"%1$s\"}".formatted(userRef));
        HttpApi.Answer joined = HttpApi.anonymous(server.getURI(), json).withBearer(issued.text("token"))
                .post("/v1/rooms/" + room + "/sessions", "{}");
        assertEquals(201, joined.status(), joined.body());
        return HttpApi.anonymous(server.getURI(), json).withBearer(joined.text("credential"));
    }
}
