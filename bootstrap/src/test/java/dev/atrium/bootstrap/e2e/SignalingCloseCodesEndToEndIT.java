package dev.atrium.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Close codes of docs/signaling.md that need a node of their own: one that stops (4000), and one
 * whose settings let a session time out while its socket is open (4501). Each test starts its node.
 */
class SignalingCloseCodesEndToEndIT {

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
     * sweep falls behind the presence timeout (here it sweeps once an hour) lets the session time out
     * under an open socket. The socket hears its own {@code ParticipantLeft} and is closed with 4501:
     * to come back, the client enters the room again.
     */
    @Test
    void a_session_that_times_out_under_its_open_socket_ends_it_with_4501_after_its_participant_left() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "atrium.presence.timeout", "2s",
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
}
