package dev.atrium.bootstrap.e2e;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes on one PostgreSQL, a socket on each: whichever node records an event, both sockets hear
 * it, in one order and without gaps. The feed's backstop is set far off here, so what crosses does
 * so by the notifications, and after the notification connections are cut, by the catch-up each
 * listener does when it is back.
 */
class SignalingAcrossNodesIT {
    private static NodesOnPostgres nodes;
    private static EmbeddedServer nodeA;
    private static EmbeddedServer nodeB;
    private static JsonMapper json;

    @BeforeAll
    static void startTwoNodes() {
        nodes = NodesOnPostgres.start(2, Map.of("atrium.events.feed-interval", "1h"));
        nodeA = nodes.node(0);
        nodeB = nodes.node(1);
        json = nodeA.getApplicationContext().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    void events_recorded_through_either_node_reach_the_sockets_on_both_in_one_order_without_gaps() {
        Rooms throughA = new Rooms(nodeA, json);
        Rooms throughB = new Rooms(nodeB, json);
        String room = throughA.create("{}");
        Rooms.Entered ada = throughA.enter(room, "ada", "PARTICIPANT");
        Rooms.Entered bob = throughB.enter(room, "bob", "PARTICIPANT");
        SignalingSocket onA = SignalingSocket.welcomed(nodeA.getURI(), json, ada.credential());
        SignalingSocket onB = SignalingSocket.welcomed(nodeB.getURI(), json, bob.credential());

        throughA.as(ada).post("/v1/rooms/" + room + "/sessions/self/hand", "");
        throughB.as(bob).post("/v1/rooms/" + room + "/sessions/self/hand", "");
        throughA.as(ada).delete("/v1/rooms/" + room + "/sessions/self/hand");
        throughB.as(bob).delete("/v1/rooms/" + room + "/sessions/self/hand");
        Rooms.Entered cy = throughB.enter(room, "cy", "PARTICIPANT");

        List<Long> heardOnA = sequencesUntilJoined(onA, cy);
        List<Long> heardOnB = sequencesUntilJoined(onB, cy);
        assertEquals(heardOnA, heardOnB, "both nodes' sockets hear the same events in the same order");
        assertContiguousFrom(((Number) onA.welcome().get("seq")).longValue() + 1, heardOnA);
        assertEquals(5, heardOnA.size(), heardOnA.toString());
        onA.close();
        onB.close();
    }

    @Test
    void events_recorded_while_the_notification_connections_are_cut_reach_the_other_node_all_the_same() throws Exception {
        Rooms throughA = new Rooms(nodeA, json);
        Rooms throughB = new Rooms(nodeB, json);
        String room = throughA.create("{}");
        Rooms.Entered ada = throughA.enter(room, "ada", "PARTICIPANT");
        Rooms.Entered bob = throughB.enter(room, "bob", "PARTICIPANT");
        SignalingSocket onB = SignalingSocket.welcomed(nodeB.getURI(), json, bob.credential());
        long welcomedAt = ((Number) onB.welcome().get("seq")).longValue();

        assertTrue(cutNotificationConnections() >= 2, "both nodes listen for notifications");
        throughA.as(ada).post("/v1/rooms/" + room + "/sessions/self/hand", "");
        throughA.as(ada).delete("/v1/rooms/" + room + "/sessions/self/hand");
        Rooms.Entered cy = throughA.enter(room, "cy", "PARTICIPANT");

        List<Long> heard = sequencesUntilJoined(onB, cy);
        assertContiguousFrom(welcomedAt + 1, heard);
        assertEquals(3, heard.size(), heard.toString());

        Rooms.Entered dee = throughA.enter(room, "dee", "PARTICIPANT");
        assertEquals(List.of(welcomedAt + 4), sequencesUntilJoined(onB, dee), "notified again once the listener is back");
        onB.close();
    }

    /** The seqs of the event frames a socket gets, up to the one saying that {@code joined} joined. */
    private static List<Long> sequencesUntilJoined(SignalingSocket socket, Rooms.Entered joined) {
        List<Long> sequences = new ArrayList<>();
        while (true) {
            Map<String, Object> frame = socket.frameLike(candidate -> "event".equals(candidate.get("type")));
            sequences.add(((Number) frame.get("seq")).longValue());
            Map<?, ?> event = (Map<?, ?>) frame.get("event");
            if ("ParticipantJoined".equals(event.get("type"))
                    && joined.participantId().equals(((Map<?, ?>) event.get("participant")).get("participantId"))) {
                return sequences;
            }
        }
    }

    private static void assertContiguousFrom(long first, List<Long> sequences) {
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(first + i, sequences.get(i), "seqs without a gap: " + sequences);
        }
    }

    /** Ends the notification connection of every node of this test's database; how many it ended. */
    private static int cutNotificationConnections() throws SQLException {
        Map<String, Object> login = nodes.database().properties();
        try (Connection connection = DriverManager.getConnection((String) login.get("datasources.default.url"),
                (String) login.get("datasources.default.username"), (String) login.get("datasources.default.password"));
             Statement statement = connection.createStatement();
             ResultSet ended = statement.executeQuery("""
                     SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE application_name = 'atrium-room-feed' AND datname = current_database()) AS cut""")) {
            ended.next();
            return ended.getInt(1);
        }
    }
}
