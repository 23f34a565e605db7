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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signaling socket on the real wiring, with real WebSocket clients: hello, welcome, events in order, the ends. */
@MicronautTest
@Property(name = "atrium.signaling.hello-timeout", value = "2s")
@Property(name = "atrium.signaling.ping-interval", value = "1s")
@Property(name = "atrium.signaling.silence-timeout", value = "3s")
@Property(name = "atrium.events.relay-interval", value = "50ms")
class SignalingEndToEndIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private HttpApi api;

    @BeforeEach
    void apiKey() {
        api = HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz");
    }

    @Test
    void a_hello_is_welcomed_with_the_room_at_its_seq_and_then_hears_who_comes_and_goes_in_order() {
        String room = api.post("/v1/rooms", "{\"name\": \"Standup\"}").text("id");
        Rooms.Entered ada = enter(room, "ada", "MODERATOR");
        SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, ada.credential());

        Map<String, Object> welcome = socket.welcome();
        assertEquals(ada.participantId(), participantIdOf(welcome.get("participant")));
        Map<?, ?> welcomedRoom = (Map<?, ?>) welcome.get("room");
        assertEquals(room, welcomedRoom.get("id"));
        assertEquals("Standup", welcomedRoom.get("name"));
        assertEquals(1, ((List<?>) welcomedRoom.get("participants")).size());
        long seq = ((Number) welcome.get("seq")).longValue();
        assertTrue(seq >= 2, "the room's activation and ada's arrival came before: " + seq);
        assertNotNull(welcome.get("credential"));

        Rooms.Entered bob = enter(room, "bob", "PARTICIPANT");
        HttpApi.anonymous(server.getURI(), json).withBearer(bob.credential())
                .post("/v1/rooms/" + room + "/sessions/self/hand", "");
        HttpApi.anonymous(server.getURI(), json).withBearer(bob.credential()).delete("/v1/rooms/" + room + "/sessions/self");

        List<Map<String, Object>> events = socket.eventsUntil(event -> "ParticipantLeft".equals(event.get("type")));
        assertEquals(List.of("ParticipantJoined", "MediaStateChanged", "ParticipantLeft"),
                events.stream().map(event -> event.get("type")).toList());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(seq + 1 + i, ((Number) events.get(i).get("seq")).longValue(), "no gaps: " + events);
        }
        assertEquals(bob.participantId(), participantIdOf(events.get(0).get("participant")));
        assertEquals(room + ":" + (seq + 1), events.get(0).get("id"));
        socket.close();
    }

    @Test
    void lobby_traffic_reaches_who_may_admit_and_the_waiting_person_only_their_own() {
        String room = api.post("/v1/rooms", "{\"access\": {\"knock\": true}}").text("id");
        Rooms.Entered moderator = enter(room, "mod", "MODERATOR");
        Rooms.Entered viewer = enter(room, "vic", "VIEWER");
        assertEquals(200, api.post("/v1/rooms/" + room + "/lobby/" + viewer.participantId() + "/admit", "").status());
        SignalingSocket moderatorSocket = SignalingSocket.welcomed(server.getURI(), json, moderator.credential());
        SignalingSocket viewerSocket = SignalingSocket.welcomed(server.getURI(), json, viewer.credential());
        Rooms.Entered knocker = enter(room, "kim", "PARTICIPANT");
        SignalingSocket knockerSocket = SignalingSocket.welcomed(server.getURI(), json, knocker.credential());
        Map<?, ?> knockerRoom = (Map<?, ?>) knockerSocket.welcome().get("room");
        assertEquals(List.of(), knockerRoom.get("participants"), "a waiting person sees nobody in the room");
        assertEquals(1, ((List<?>) knockerRoom.get("lobby")).size(), "... but themselves in the lobby");

        List<Map<String, Object>> seenByModerator = moderatorSocket.eventsUntil(event -> "KnockRequested".equals(event.get("type")));
        assertEquals("ParticipantJoined", seenByModerator.get(seenByModerator.size() - 2).get("type"));
        assertEquals(200, api.post("/v1/rooms/" + room + "/lobby/" + knocker.participantId() + "/admit", "").status());

        List<Map<String, Object>> seenByKnocker = knockerSocket.eventsUntil(event -> "ParticipantAdmitted".equals(event.get("type")));
        assertEquals(List.of("KnockAnswered", "ParticipantAdmitted"), seenByKnocker.stream().map(event -> event.get("type")).toList());
        Map<String, Object> seenByViewer = viewerSocket.nextEvent();
        assertEquals("ParticipantAdmitted", seenByViewer.get("type"), "the viewer heard nothing of the lobby before");

        // Admitted now, the knocker hears the room.
        HttpApi.anonymous(server.getURI(), json).withBearer(viewer.credential())
                .post("/v1/rooms/" + room + "/sessions/self/hand", "");
        assertEquals("MediaStateChanged", knockerSocket.nextEvent().get("type"));
        moderatorSocket.close();
        viewerSocket.close();
        knockerSocket.close();
    }

    @Test
    void an_upgrade_asked_of_a_route_of_the_rest_api_still_needs_its_credential() {
        try (RawConnection raw = RawConnection.open(server)) {
            assertTrue(raw.send("GET /v1/rooms HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"));
            assertEquals(401, raw.readStatus());
        }
    }

    @Test
    void a_first_frame_that_is_not_a_hello_closes_the_socket_with_4003() {
        SignalingSocket socket = SignalingSocket.open(server.getURI(), json);
        socket.send("{\"type\":\"pong\"}");
        assertEquals(4003, socket.closeCode());

        SignalingSocket notJson = SignalingSocket.open(server.getURI(), json);
        notJson.send("hello?");
        assertEquals(4003, notJson.closeCode());
    }

    @Test
    void a_socket_that_says_nothing_is_closed_with_4003_after_the_hello_timeout() {
        SignalingSocket socket = SignalingSocket.open(server.getURI(), json);
        assertEquals(4003, socket.closeCode());
    }

    @Test
    void a_credential_that_does_not_verify_closes_the_socket_with_4500() {
        SignalingSocket socket = SignalingSocket.open(server.getURI(), json);
        socket.hello("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl");
        assertEquals(4500, socket.closeCode());
    }

    @Test
    void a_message_over_64_KiB_closes_the_socket_with_1009_also_when_it_comes_in_fragments() {
        String room = api.post("/v1/rooms", "{}").text("id");
        SignalingSocket whole = SignalingSocket.welcomed(server.getURI(), json, enter(room, "big", "PARTICIPANT").credential());
        whole.send("{\"type\":\"pong\",\"padding\":\"" + "x".repeat(70_000) + "\"}");
        assertEquals(1009, whole.closeCode());

        SignalingSocket fragments = SignalingSocket.welcomed(server.getURI(), json, enter(room, "frag", "PARTICIPANT").credential());
        fragments.sendFragmented("{\"type\":\"pong\",\"padding\":\"" + "x".repeat(70_000) + "\"}", 4);
        assertEquals(1009, fragments.closeCode());
    }

    @Test
    void the_server_pings_and_closes_a_silent_socket_with_4001_while_one_that_answers_stays() {
        String room = api.post("/v1/rooms", "{}").text("id");
        SignalingSocket silent = SignalingSocket.welcomed(server.getURI(), json, enter(room, "sil", "PARTICIPANT").credential())
                .silent();
        SignalingSocket answering = SignalingSocket.welcomed(server.getURI(), json, enter(room, "ans", "PARTICIPANT").credential());
        long silentUntilClosed = System.nanoTime();
        assertEquals(4001, silent.closeCode());
        assertTrue(silent.unread().stream().anyMatch(frame -> "ping".equals(frame.get("type"))), "it was pinged");
        assertTrue(System.nanoTime() - silentUntilClosed > 2_000_000_000L, "closed only after the silence timeout");
        assertFalse(answering.isClosed());
        answering.close();
    }

    @Test
    void a_second_socket_of_the_same_participant_replaces_the_first_with_4505() {
        String room = api.post("/v1/rooms", "{}").text("id");
        Rooms.Entered ada = enter(room, "ada", "PARTICIPANT");
        SignalingSocket first = SignalingSocket.welcomed(server.getURI(), json, ada.credential());
        SignalingSocket second = SignalingSocket.welcomed(server.getURI(), json, ada.credential());
        assertEquals(4505, first.closeCode());
        assertFalse(second.isClosed());
        second.close();
    }

    @Test
    void removal_ban_and_the_end_of_the_room_each_close_with_their_code_after_the_event() {
        String room = api.post("/v1/rooms", "{}").text("id");
        Rooms.Entered removed = enter(room, "rem", "PARTICIPANT");
        Rooms.Entered banned = enter(room, "ban", "PARTICIPANT");
        Rooms.Entered staying = enter(room, "sta", "PARTICIPANT");
        SignalingSocket removedSocket = SignalingSocket.welcomed(server.getURI(), json, removed.credential());
        SignalingSocket bannedSocket = SignalingSocket.welcomed(server.getURI(), json, banned.credential());
        SignalingSocket stayingSocket = SignalingSocket.welcomed(server.getURI(), json, staying.credential());

        assertEquals(204, api.delete("/v1/rooms/" + room + "/participants/" + removed.participantId()).status());
        assertEquals("REMOVED", removedSocket.nextEvent().get("reason"));
        assertEquals(4502, removedSocket.closeCode());

        assertEquals(204, api.delete("/v1/rooms/" + room + "/participants/" + banned.participantId() + "?ban=true").status());
        assertEquals("BANNED", bannedSocket.eventsUntil(event -> "ParticipantLeft".equals(event.get("type"))
                && banned.participantId().equals(event.get("participantId"))).get(1).get("reason"));
        assertEquals(4503, bannedSocket.closeCode());

        assertEquals(200, api.post("/v1/rooms/" + room + "/end", "").status());
        List<Map<String, Object>> heard = stayingSocket.eventsUntil(event -> "ROOM_ENDED".equals(event.get("reason")));
        assertEquals("ParticipantLeft", heard.get(heard.size() - 1).get("type"));
        assertEquals(4504, stayingSocket.closeCode());
    }

    private Rooms.Entered enter(String room, String userRef, String role) {
        return new Rooms(server, json).enter(room, userRef, role);
    }

    private static String participantIdOf(Object participant) {
        return (String) ((Map<?, ?>) participant).get("participantId");
    }
}
