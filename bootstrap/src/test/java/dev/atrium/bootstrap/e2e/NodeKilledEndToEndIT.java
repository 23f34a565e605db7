package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes, each in its own JVM, on one PostgreSQL. When one is killed with SIGKILL, its clients
 * reconnect to the other and resume: they are replayed everything they missed, in order, and go on
 * hearing the room live there.
 */
class NodeKilledEndToEndIT {
    private final JsonMapper json = JsonMapper.createDefault();
    @TempDir
    Path work;
    private PostgresTestDatabase database;
    private ServiceProcess nodeA;
    private ServiceProcess nodeB;

    @BeforeEach
    void startTwoNodes() {
        database = PostgresTestDatabase.create();
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.put("atrium.data-dir", work.toString());
        settings.put("atrium.master-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        settings.put("atrium.api-key.id", Rooms.KEY_ID);
        settings.put("atrium.api-key.secret", Rooms.KEY_SECRET);
        nodeA = ServiceProcess.start(settings, work.resolve("node-a.log"));
        nodeB = ServiceProcess.start(settings, work.resolve("node-b.log"));
    }

    @AfterEach
    void stopNodes() {
        for (ServiceProcess node : new ServiceProcess[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_client_of_a_killed_node_resumes_on_the_other_and_loses_no_event() {
        Rooms throughA = new Rooms(nodeA.base(), json);
        Rooms throughB = new Rooms(nodeB.base(), json);
        String room = throughB.create("{}");
        Rooms.Entered ada = throughA.enter(room, "ada", "PARTICIPANT");
        Rooms.Entered bob = throughB.enter(room, "bob", "PARTICIPANT");
        SignalingSocket onA = SignalingSocket.welcomed(nodeA.base(), json, ada.credential());
        throughB.as(bob).post("/v1/rooms/" + room + "/sessions/self/hand", "");
        long lastHeard = seqOf(onA.frameLike(frame -> "event".equals(frame.get("type"))));

        nodeA.killHard();
        throughB.as(bob).delete("/v1/rooms/" + room + "/sessions/self/hand");
        Rooms.Entered cy = throughB.enter(room, "cy", "PARTICIPANT");

        SignalingSocket onB = SignalingSocket.open(nodeB.base(), json);
        onB.send("{\"type\":\"hello\",\"credential\":\"" + ada.credential() + "\",\"resume\":{\"afterSeq\":" + lastHeard + "}}");
        Map<String, Object> welcome = onB.next();
        assertEquals("welcome", welcome.get("type"), welcome.toString());
        assertEquals(true, welcome.get("resumed"), "every missed event is still kept, so it is a replay");
        assertNull(welcome.get("room"));
        List<Long> replayed = new ArrayList<>();
        Map<String, Object> frame;
        do {
            frame = onB.frameLike(candidate -> "event".equals(candidate.get("type")));
            replayed.add(seqOf(frame));
        } while (!cy.participantId().equals(participantIdIn((Map<?, ?>) frame.get("event"))));
        assertEquals(LongStream.rangeClosed(lastHeard + 1, lastHeard + replayed.size()).boxed().toList(), replayed,
                "what was missed, in order, without a gap");
        assertTrue(replayed.size() >= 2, "the hand lowered and cy's arrival were missed: " + replayed);
        long roomSeq = replayed.get(replayed.size() - 1);

        throughB.as(bob).post("/v1/rooms/" + room + "/sessions/self/hand", "");
        assertEquals(roomSeq + 1, seqOf(onB.frameLike(candidate -> "event".equals(candidate.get("type")))),
                "then the room live, right after the replay");
        onB.close();
    }

    /** Whom a ParticipantJoined is about; null for other events. */
    private static Object participantIdIn(Map<?, ?> event) {
        return event.get("participant") instanceof Map<?, ?> participant ? participant.get("participantId") : null;
    }

    private static long seqOf(Map<String, Object> frame) {
        return ((Number) frame.get("seq")).longValue();
    }
}
