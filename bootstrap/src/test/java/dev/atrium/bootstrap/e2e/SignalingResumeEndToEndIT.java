package dev.atrium.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A socket that comes back with the last seq it had: what it missed is replayed in order. Events are
 * kept a day by default, so every resume within that replays.
 */
@MicronautTest
@Property(name = "atrium.events.relay-interval", value = "50ms")
class SignalingResumeEndToEndIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    private Rooms rooms;

    @BeforeEach
    void rooms() {
        rooms = new Rooms(server, json);
    }

    @Test
    void a_resume_replays_what_was_missed_in_order_then_what_comes_next_and_nobody_left_or_joined() {
        String room = rooms.create("{}");
        Rooms.Entered ada = rooms.enter(room, "ada", "PARTICIPANT");
        SignalingSocket first = SignalingSocket.welcomed(server.getURI(), json, ada.credential());
        long seq = ((Number) first.welcome().get("seq")).longValue();
        first.kill();

        Rooms.Entered bob = rooms.enter(room, "bob", "PARTICIPANT");
        rooms.as(bob).post("/v1/rooms/" + room + "/sessions/self/hand", "");

        SignalingSocket second = SignalingSocket.open(server.getURI(), json);
        second.send("{\"type\":\"hello\",\"credential\":\"" + ada.credential() + "\",\"resume\":{\"afterSeq\":" + seq + "}}");
        Map<String, Object> welcome = second.next();
        assertEquals("welcome", welcome.get("type"));
        assertEquals(true, welcome.get("resumed"));
        assertEquals(seq, ((Number) welcome.get("seq")).longValue());
        assertNull(welcome.get("room"), "a resumed socket gets the events, not a snapshot");

        assertEquals(List.of("ParticipantJoined", "MediaStateChanged"), List.of(second.nextEvent().get("type"),
                second.nextEvent().get("type")));
        rooms.as(bob).delete("/v1/rooms/" + room + "/sessions/self/hand");
        Map<String, Object> live = second.nextEvent();
        assertEquals(seq + 3, ((Number) live.get("seq")).longValue(), "the live event follows the replay without a gap");
        assertTrue(second.unread().stream().noneMatch(frame -> "event".equals(frame.get("type"))));
        assertFalse(second.isClosed());
        second.close();
    }

    @Test
    void a_resume_from_a_seq_the_room_never_reached_is_welcomed_afresh() {
        String room = rooms.create("{}");
        Rooms.Entered ada = rooms.enter(room, "ada", "PARTICIPANT");
        SignalingSocket socket = SignalingSocket.open(server.getURI(), json);
        socket.send("{\"type\":\"hello\",\"credential\":\"" + ada.credential() + "\",\"resume\":{\"afterSeq\":999}}");
        Map<String, Object> welcome = socket.next();
        assertEquals(false, welcome.get("resumed"));
        assertEquals(room, ((Map<?, ?>) welcome.get("room")).get("id"));
        socket.close();
    }

    @Test
    void a_resume_that_is_not_a_whole_non_negative_seq_is_a_bad_hello() {
        String room = rooms.create("{}");
        Rooms.Entered ada = rooms.enter(room, "ada", "PARTICIPANT");
        for (String resume : List.of("{\"afterSeq\":-1}", "{\"afterSeq\":1.5}", "{\"afterSeq\":\"3\"}", "{}", "7")) {
            SignalingSocket socket = SignalingSocket.open(server.getURI(), json);
            socket.send("{\"type\":\"hello\",\"credential\":\"" + ada.credential() + "\",\"resume\":" + resume + "}");
            assertEquals(4003, socket.closeCode(), resume);
        }
    }
}
