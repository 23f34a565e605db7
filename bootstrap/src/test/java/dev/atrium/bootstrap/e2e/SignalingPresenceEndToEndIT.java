package dev.atrium.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An open socket is presence: its participant stays in the room without a REST ping. A socket that
 * closes without its participant leaving keeps them present for the grace (4 s here, twice the 2 s
 * presence timeout, so the grace is what counts); then they leave with reason TIMEOUT, once. A
 * reconnect within the grace is seen by nobody. The timer polls every second, so a leave comes up to
 * about a second after its deadline. Pings come every second and 2 s of silence close a socket, so a
 * silent client is found out quickly.
 */
@MicronautTest
@Property(name = "atrium.presence.timeout", value = "2s")
@Property(name = "atrium.presence.grace", value = "4s")
@Property(name = "atrium.signaling.ping-interval", value = "1s")
@Property(name = "atrium.signaling.silence-timeout", value = "2s")
@Property(name = "atrium.events.relay-interval", value = "50ms")
class SignalingPresenceEndToEndIT {
    private static final Duration GRACE = Duration.ofSeconds(4);
    /** The timer's poll (1 s), the relay and a loaded machine: how late a leave may come after its deadline. */
    private static final Duration CADENCE = Duration.ofSeconds(3);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void a_participant_with_an_open_socket_stays_present_long_past_the_presence_timeout_and_the_grace() throws Exception {
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        Rooms.Entered ada = rooms.enter(room, "ada", "PARTICIPANT");
        SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, ada.credential());

        Thread.sleep(7_000);

        assertEquals(List.of(ada.participantId()), present(rooms, room));
        assertTrue(socket.unread().stream().anyMatch(frame -> "credential".equals(frame.get("type"))),
                "the socket was sent fresh credentials");
        socket.close();
    }

    @Test
    void a_killed_socket_gives_one_timeout_leave_one_grace_after_it_died() throws Exception {
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        Rooms.Entered watcher = rooms.enter(room, "wat", "PARTICIPANT");
        SignalingSocket watching = SignalingSocket.welcomed(server.getURI(), json, watcher.credential());
        Rooms.Entered dying = rooms.enter(room, "dyi", "PARTICIPANT");
        SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, dying.credential());
        watching.frameLike(frame -> about(frame, "ParticipantJoined", dying));
        Thread.sleep(2_500);

        long killedAt = System.nanoTime();
        socket.kill();
        Map<String, Object> left = watching.frameLike(frame -> about(frame, "ParticipantLeft", dying));
        Duration after = Duration.ofNanos(System.nanoTime() - killedAt);

        assertEquals("TIMEOUT", event(left).get("reason"));
        assertTrue(after.compareTo(GRACE) >= 0, "left only after the grace, not after " + after);
        assertTrue(after.compareTo(GRACE.plus(CADENCE)) <= 0, "left soon after the grace, not after " + after);
        Thread.sleep(3_000);
        assertEquals(List.of(), eventsAbout(watching, dying), "one leave, and nothing after it");
        assertEquals(List.of(watcher.participantId()), present(rooms, room));
        watching.close();
    }

    @Test
    void a_silent_client_is_closed_with_4001_and_leaves_one_grace_after_that() throws Exception {
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        Rooms.Entered watcher = rooms.enter(room, "wat", "PARTICIPANT");
        SignalingSocket watching = SignalingSocket.welcomed(server.getURI(), json, watcher.credential());
        Rooms.Entered silent = rooms.enter(room, "sil", "PARTICIPANT");
        SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, silent.credential()).silent();

        assertEquals(4001, socket.closeCode());
        long closedAt = System.nanoTime();
        Map<String, Object> left = watching.frameLike(frame -> about(frame, "ParticipantLeft", silent));
        Duration after = Duration.ofNanos(System.nanoTime() - closedAt);

        assertEquals("TIMEOUT", event(left).get("reason"));
        // The server closed it a moment before the client heard of it.
        assertTrue(after.compareTo(GRACE.minusMillis(250)) >= 0, "left only after the grace, not after " + after);
        assertTrue(after.compareTo(GRACE.plus(CADENCE)) <= 0, "left soon after the grace, not after " + after);
        watching.close();
    }

    @Test
    void a_reconnect_within_the_grace_gives_no_leave_and_no_join() throws Exception {
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        Rooms.Entered watcher = rooms.enter(room, "wat", "PARTICIPANT");
        SignalingSocket watching = SignalingSocket.welcomed(server.getURI(), json, watcher.credential());
        Rooms.Entered returning = rooms.enter(room, "ret", "PARTICIPANT");
        SignalingSocket first = SignalingSocket.welcomed(server.getURI(), json, returning.credential());
        watching.frameLike(frame -> about(frame, "ParticipantJoined", returning));
        long seq = ((Number) first.welcome().get("seq")).longValue();
        String latestCredential = (String) first.welcome().get("credential");

        long closedAt = System.nanoTime();
        first.close();
        Thread.sleep(2_500);
        SignalingSocket again = SignalingSocket.open(server.getURI(), json);
        again.send("{\"type\":\"hello\",\"credential\":\"" + latestCredential + "\",\"resume\":{\"afterSeq\":" + seq + "}}");
        assertEquals(true, again.next().get("resumed"));
        Thread.sleep(Math.max(0, GRACE.plus(CADENCE).toMillis() - Duration.ofNanos(System.nanoTime() - closedAt).toMillis()));

        assertEquals(List.of(), eventsAbout(watching, returning), "nobody saw them leave or join");
        assertEquals(Set.of(watcher.participantId(), returning.participantId()), Set.copyOf(present(rooms, room)));
        watching.close();
        again.close();
    }

    private static boolean about(Map<String, Object> frame, String type, Rooms.Entered participant) {
        return "event".equals(frame.get("type")) && type.equals(event(frame).get("type"))
                && participant.participantId().equals(participantOf(event(frame)));
    }

    /** Whom an event is about: a participant's id, at the top or in its participant document. */
    private static Object participantOf(Map<String, Object> event) {
        return event.get("participant") instanceof Map<?, ?> document ? document.get("participantId") : event.get("participantId");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("event");
    }

    /** The events about {@code participant} that came so far and are unread. */
    private static List<Object> eventsAbout(SignalingSocket socket, Rooms.Entered participant) {
        return socket.unread().stream().filter(frame -> "event".equals(frame.get("type")))
                .map(SignalingPresenceEndToEndIT::event)
                .filter(event -> participant.participantId().equals(participantOf(event)))
                .map(event -> (Object) event).toList();
    }

    private static List<Object> present(Rooms rooms, String room) {
        List<?> items = (List<?>) rooms.api().get("/v1/rooms/" + room + "/participants").json().get("items");
        return items.stream().map(item -> ((Map<?, ?>) item).get("participantId")).map(id -> (Object) id).toList();
    }
}
