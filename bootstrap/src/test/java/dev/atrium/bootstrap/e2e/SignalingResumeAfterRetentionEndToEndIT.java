package dev.atrium.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Published events are deleted after a second: a resume from before that gets a fresh snapshot, never part of a replay. */
@MicronautTest
@Property(name = "atrium.events.relay-interval", value = "50ms")
@Property(name = "atrium.events.retention", value = "1s")
@Property(name = "atrium.events.retention-interval", value = "200ms")
class SignalingResumeAfterRetentionEndToEndIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void a_resume_after_events_that_are_no_longer_kept_is_welcomed_with_a_fresh_snapshot() throws Exception {
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        Rooms.Entered ada = rooms.enter(room, "ada", "PARTICIPANT");
        Rooms.Entered bob = rooms.enter(room, "bob", "PARTICIPANT");
        Thread.sleep(2_000);

        SignalingSocket socket = SignalingSocket.open(server.getURI(), json);
        socket.send("{\"type\":\"hello\",\"credential\":\"" + ada.credential() + "\",\"resume\":{\"afterSeq\":1}}");
        Map<String, Object> welcome = socket.next();
        assertEquals(false, welcome.get("resumed"));
        long seq = ((Number) welcome.get("seq")).longValue();
        assertTrue(seq >= 3, "the snapshot is of now: " + welcome);
        assertEquals(2, ((List<?>) ((Map<?, ?>) welcome.get("room")).get("participants")).size());
        rooms.as(bob).post("/v1/rooms/" + room + "/sessions/self/hand", "");
        assertEquals(seq + 1, ((Number) socket.nextEvent().get("seq")).longValue());
        socket.close();
    }
}
