package dev.atrium.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Close codes of docs/signaling.md that need a node of their own: one that stops, and one whose
 * settings let a session time out while its socket is open. Each test starts its node and stops it.
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
}
