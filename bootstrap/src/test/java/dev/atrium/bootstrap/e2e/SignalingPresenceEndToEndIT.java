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

/**
 * An open socket is presence: its participant stays in the room without a REST ping. A socket that
 * dies leaves its participant present for the rest of the presence timeout; then they leave with
 * reason TIMEOUT, once. A reconnect in between is seen by nobody.
 */
@MicronautTest
@Property(name = "atrium.presence.timeout", value = "3s")
@Property(name = "atrium.events.relay-interval", value = "50ms")
class SignalingPresenceEndToEndIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void a_participant_with_an_open_socket_stays_present_long_past_the_presence_timeout() throws Exception {
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        Rooms.Entered ada = rooms.enter(room, "ada", "PARTICIPANT");
        SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, ada.credential());

        Thread.sleep(7_000);

        List<?> present = (List<?>) rooms.api().get("/v1/rooms/" + room + "/participants").json().get("items");
        assertEquals(1, present.size(), "still present: " + present);
        assertTrue(socket.unread().stream().anyMatch(frame -> "credential".equals(frame.get("type"))),
                "the socket was sent fresh credentials");
        socket.close();
    }

    @Test
    void a_killed_socket_gives_one_timeout_after_the_grace_and_a_reconnect_within_it_gives_none() throws Exception {
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        Rooms.Entered watcher = rooms.enter(room, "wat", "PARTICIPANT");
        Rooms.Entered dying = rooms.enter(room, "dyi", "PARTICIPANT");
        Rooms.Entered returning = rooms.enter(room, "ret", "PARTICIPANT");
        SignalingSocket watching = SignalingSocket.welcomed(server.getURI(), json, watcher.credential());
        SignalingSocket.welcomed(server.getURI(), json, dying.credential()).kill();
        SignalingSocket first = SignalingSocket.welcomed(server.getURI(), json, returning.credential());
        long seq = ((Number) first.welcome().get("seq")).longValue();
        String latestCredential = (String) first.welcome().get("credential");
        first.kill();

        Thread.sleep(1_000);
        SignalingSocket again = SignalingSocket.open(server.getURI(), json);
        again.send("{\"type\":\"hello\",\"credential\":\"" + latestCredential + "\",\"resume\":{\"afterSeq\":" + seq + "}}");
        assertEquals(true, again.next().get("resumed"));

        Map<String, Object> left = watching.nextEvent();
        assertEquals("ParticipantLeft", left.get("type"));
        assertEquals(dying.participantId(), left.get("participantId"));
        assertEquals("TIMEOUT", left.get("reason"));
        Thread.sleep(4_000);
        List<Object> later = watching.unread().stream().filter(frame -> "event".equals(frame.get("type")))
                .map(frame -> frame.get("event")).toList();
        assertEquals(List.of(), later, "nothing about the one who came back, and the one who died left once");
        List<?> present = (List<?>) rooms.api().get("/v1/rooms/" + room + "/participants").json().get("items");
        assertEquals(2, present.size());
        watching.close();
        again.close();
    }
}
