package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three nodes, each in its own JVM, on one PostgreSQL. When one is killed with SIGKILL, its clients
 * reconnect to another and resume: they are replayed everything they missed, in order, and go on
 * hearing the room live there. Those of its people who do not come back leave with reason TIMEOUT
 * one grace after their socket's last refresh (between half a grace and a grace after the kill),
 * once across the cluster, whichever node's timer notices. The grace is 4 s here, twice the 2 s
 * presence timeout, so the grace is what counts.
 */
class NodeKilledEndToEndIT {
    private final JsonMapper json = JsonMapper.createDefault();
    @TempDir
    Path work;
    private PostgresTestDatabase database;
    private static final Duration GRACE = Duration.ofSeconds(4);
    /** The refresh that last moved the deadline came up to half a grace before the kill; the timer polls every second. */
    private static final Duration EARLIEST = GRACE.dividedBy(2).minusMillis(500);
    private static final Duration LATEST = GRACE.plusSeconds(3);
    private ServiceProcess nodeA;
    private ServiceProcess nodeB;
    private ServiceProcess nodeC;

    @BeforeEach
    void startTwoNodes() {
        database = PostgresTestDatabase.create();
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.put("atrium.data-dir", work.toString());
        settings.put("atrium.master-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        settings.put("atrium.api-key.id", Rooms.KEY_ID);
        settings.put("atrium.api-key.secret", Rooms.KEY_SECRET);
        settings.put("atrium.presence.timeout", "2s");
        settings.put("atrium.presence.grace", GRACE.toSeconds() + "s");
        nodeA = ServiceProcess.start(settings, work.resolve("node-a.log"));
        nodeB = ServiceProcess.start(settings, work.resolve("node-b.log"));
        nodeC = ServiceProcess.start(settings, work.resolve("node-c.log"));
    }

    @AfterEach
    void stopNodes() {
        for (ServiceProcess node : new ServiceProcess[] {nodeA, nodeB, nodeC}) {
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
    @Test
    void the_people_of_a_killed_node_leave_once_after_the_grace_as_every_node_hears() {
        Rooms throughB = new Rooms(nodeB.base(), json);
        String room = throughB.create("{}");
        Rooms.Entered eve = throughB.enter(room, "eve", "PARTICIPANT");
        Rooms.Entered bob = throughB.enter(room, "bob", "PARTICIPANT");
        Rooms.Entered cy = new Rooms(nodeC.base(), json).enter(room, "cy", "PARTICIPANT");
        SignalingSocket.welcomed(nodeA.base(), json, eve.credential());
        SignalingSocket onB = SignalingSocket.welcomed(nodeB.base(), json, bob.credential());
        SignalingSocket onC = SignalingSocket.welcomed(nodeC.base(), json, cy.credential());

        nodeA.killHard();
        long killedAt = System.nanoTime();

        for (SignalingSocket watching : List.of(onB, onC)) {
            Map<String, Object> left = watching.frameLike(frame -> "event".equals(frame.get("type"))
                    && "ParticipantLeft".equals(eventOf(frame).get("type")));
            Duration after = Duration.ofNanos(System.nanoTime() - killedAt);
            assertEquals(eve.participantId(), eventOf(left).get("participantId"), left.toString());
            assertEquals("TIMEOUT", eventOf(left).get("reason"));
            assertTrue(after.compareTo(EARLIEST) >= 0, "left only after the grace of the last refresh, not after " + after);
            assertTrue(after.compareTo(LATEST) <= 0, "left soon after the grace, not after " + after);
        }
        throughB.as(bob).post("/v1/rooms/" + room + "/sessions/self/hand", "");
        for (SignalingSocket watching : List.of(onB, onC)) {
            Map<String, Object> next = watching.frameLike(frame -> "event".equals(frame.get("type")));
            assertEquals("MediaStateChanged", eventOf(next).get("type"), "eve left once: " + next);
            watching.close();
        }
        List<?> present = (List<?>) throughB.api().get("/v1/rooms/" + room + "/participants").json().get("items");
        assertEquals(2, present.size(), "bob and cy stay: " + present);
    }

    private static Map<?, ?> eventOf(Map<String, Object> frame) {
        return (Map<?, ?>) frame.get("event");
    }

    private static Object participantIdIn(Map<?, ?> event) {
        return event.get("participant") instanceof Map<?, ?> participant ? participant.get("participantId") : null;
    }

    private static long seqOf(Map<String, Object> frame) {
        return ((Number) frame.get("seq")).longValue();
    }
}
