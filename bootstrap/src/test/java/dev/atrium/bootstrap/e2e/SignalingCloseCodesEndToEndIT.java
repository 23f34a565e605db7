package dev.atrium.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Close codes of docs/signaling.md that need a node of their own: one that stops (4000), and one
 * whose settings let a session time out while its socket is open (4501). Each test starts its node.
 */
class SignalingCloseCodesEndToEndIT {
    private static final Duration PRESENCE_TIMEOUT = Duration.ofSeconds(6);

    @Test
    void a_node_that_stops_closes_every_open_socket_with_4000_so_that_its_clients_reconnect() {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class);
        JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        SignalingSocket ada = SignalingSocket.welcomed(server.getURI(), json, rooms.enter(room, "ada", "PARTICIPANT").credential());
        SignalingSocket bob = SignalingSocket.welcomed(server.getURI(), json,
                rooms.enter(rooms.create("{}"), "bob", "PARTICIPANT").credential());

        server.getApplicationContext().close();

        assertEquals(Map.of("ada", 4000, "bob", 4000), Map.of("ada", ada.closeCode(), "bob", bob.closeCode()));
    }

    /**
     * An open socket keeps its session present by refreshing it from the node's sweep; a node whose
     * sweep falls behind the grace (here it sweeps once an hour) lets the session time out
     * under an open socket. The socket hears its own {@code ParticipantLeft} and is closed with 4501:
     * to come back, the client enters the room again.
     */
    @Test
    void a_session_that_times_out_under_its_open_socket_ends_it_with_4501_after_its_participant_left() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "atrium.presence.timeout", "2s",
                "atrium.presence.grace", "2s",
                "atrium.signaling.sweep-interval", "1h",
                "atrium.events.relay-interval", "50ms"))) {
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            Rooms rooms = new Rooms(server, json);
            Rooms.Entered ada = rooms.enter(rooms.create("{}"), "ada", "PARTICIPANT");
            SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, ada.credential());

            Map<String, Object> left = socket.nextEvent();

            assertEquals(List.of("ParticipantLeft", ada.participantId(), "TIMEOUT"),
                    List.of(left.get("type"), left.get("participantId"), left.get("reason")), left.toString());
            assertEquals(4501, socket.closeCode());
        }
    }

    /**
     * What a client does not get: a reconnect within its grace, however late in it, keeps the session
     * (docs/signaling.md: an open socket keeps it present), so neither a ParticipantLeft nor a 4501.
     */
    @Test
    void a_reconnect_late_in_its_grace_keeps_the_session_and_is_not_closed_with_4501() throws InterruptedException {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "atrium.presence.timeout", PRESENCE_TIMEOUT.toSeconds() + "s",
                "atrium.presence.grace", PRESENCE_TIMEOUT.toSeconds() + "s",
                "atrium.events.relay-interval", "50ms"))) {
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            Rooms rooms = new Rooms(server, json);
            String room = rooms.create("{}");
            Rooms.Entered ada = rooms.enter(room, "ada", "PARTICIPANT");
            SignalingSocket first = SignalingSocket.welcomed(server.getURI(), json, ada.credential());
            long seq = ((Number) first.welcome().get("seq")).longValue();
            first.kill();

            // Less than half the grace (the interval of a socket's refreshes) is left.
            Thread.sleep(PRESENCE_TIMEOUT.multipliedBy(3).dividedBy(4).toMillis());
            SignalingSocket again = SignalingSocket.open(server.getURI(), json);
            again.send("{\"type\":\"hello\",\"credential\":\"" + first.welcome().get("credential")
                    + "\",\"resume\":{\"afterSeq\":" + seq + "}}");
            assertEquals(true, again.next().get("resumed"));
            Thread.sleep(PRESENCE_TIMEOUT.toMillis() / 2);

            assertFalse(again.isClosed(), "closed with " + (again.isClosed() ? again.closeCode() : 0));
            assertEquals(List.of(), again.unread().stream().filter(frame -> "event".equals(frame.get("type"))).toList());
            assertEquals(1, ((List<?>) rooms.api().get("/v1/rooms/" + room + "/participants").json().get("items")).size());
            again.close();
        }
    }
}
