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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The peer relay of MESH rooms on the real wiring, with real WebSocket clients: offers, answers and
 * candidates between admitted participants, and each refusal as an error frame that names the signal.
 */
@MicronautTest
@Property(name = "atrium.signaling.ping-interval", value = "1s")
@Property(name = "atrium.events.relay-interval", value = "50ms")
class SignalingRelayEndToEndIT {
    private static final String NOBODY = "pt_01JKQ4CE6F7G8H9J0K1M2N3P4Q";

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
    void an_offer_an_answer_and_candidates_go_between_two_admitted_participants_of_a_mesh_room() {
        String room = api.post("/v1/rooms", "{}").text("id");
        Entered ada = enter(room, "ada", "PARTICIPANT");
        Entered bob = enter(room, "bob", "PARTICIPANT");
        SignalingSocket adaSocket = SignalingSocket.welcomed(server.getURI(), json, ada.credential());
        SignalingSocket bobSocket = SignalingSocket.welcomed(server.getURI(), json, bob.credential());

        adaSocket.send(signal(bob, "offer", "{\"type\": \"offer\", \"sdp\": \"v=0\\r\\no=- 1 2 IN IP4 127.0.0.1\\r\\n\"}"));
        Map<String, Object> offer = signalTo(bobSocket);
        assertEquals(List.of("type", "from", "kind", "payload"), List.copyOf(offer.keySet()));
        assertEquals(ada.participantId(), offer.get("from"));
        assertEquals("offer", offer.get("kind"));
        assertEquals(Map.of("type", "offer", "sdp", "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"), offer.get("payload"));

        bobSocket.send(signal(ada, "answer", "{\"type\": \"answer\", \"sdp\": \"v=0\"}"));
        Map<String, Object> answer = signalTo(adaSocket);
        assertEquals(bob.participantId(), answer.get("from"));
        assertEquals("answer", answer.get("kind"));

        for (int i = 0; i < 3; i++) {
            adaSocket.send(signal(bob, "candidate", "{\"candidate\": \"candidate:" + i + " 1 udp 2122260223 127.0.0.1 5000" + i
                    + " typ host\", \"sdpMid\": \"0\", \"sdpMLineIndex\": 0}"));
        }
        for (int i = 0; i < 3; i++) {
            Map<String, Object> candidate = signalTo(bobSocket);
            assertEquals("candidate", candidate.get("kind"));
            assertTrue(((Map<?, ?>) candidate.get("payload")).get("candidate").toString().startsWith("candidate:" + i + " "),
                    "in the order sent");
        }
        assertNoErrorBefore(adaSocket);
        assertNoErrorBefore(bobSocket);
        adaSocket.close();
        bobSocket.close();
    }

    @Test
    void a_viewer_answers_and_sends_candidates_but_its_offer_is_refused_and_so_is_one_after_a_demotion() {
        String room = api.post("/v1/rooms", "{}").text("id");
        Entered ada = enter(room, "ada", "PARTICIPANT");
        Entered vic = enter(room, "vic", "VIEWER");
        SignalingSocket adaSocket = SignalingSocket.welcomed(server.getURI(), json, ada.credential());
        SignalingSocket vicSocket = SignalingSocket.welcomed(server.getURI(), json, vic.credential());

        vicSocket.send(signal(ada, "offer", "{\"sdp\": \"v=0\"}"));
        Map<String, Object> refused = errorOf(vicSocket);
        assertEquals("PERMISSION_DENIED", problemOf(refused).get("code"));
        assertEquals(403, problemOf(refused).get("status"));
        assertEquals("/v1/signal#signal", problemOf(refused).get("instance"));
        assertEquals(Map.of("to", ada.participantId(), "kind", "offer"), refused.get("signal"));

        vicSocket.send(signal(ada, "answer", "{\"sdp\": \"v=0\"}"));
        vicSocket.send(signal(ada, "candidate", "{\"candidate\": \"\"}"));
        assertEquals("answer", signalTo(adaSocket).get("kind"));
        assertEquals("candidate", signalTo(adaSocket).get("kind"));

        // Demoted, ada's socket knows it from the event, and ada offers no more.
        assertEquals(200, api.patch("/v1/rooms/" + room + "/participants/" + ada.participantId(), "{\"role\": \"VIEWER\"}").status());
        adaSocket.eventsUntil(event -> "RoleChanged".equals(event.get("type")));
        adaSocket.send(signal(vic, "offer", "{\"sdp\": \"v=0\"}"));
        assertEquals("PERMISSION_DENIED", problemOf(errorOf(adaSocket)).get("code"));
        adaSocket.close();
        vicSocket.close();
    }

    @Test
    void a_signal_to_somebody_in_the_lobby_to_nobody_or_to_somebody_without_a_socket_is_refused() {
        String room = api.post("/v1/rooms", "{\"access\": {\"knock\": true}}").text("id");
        Entered mod = enter(room, "mod", "MODERATOR");
        Entered pat = enter(room, "pat", "PARTICIPANT");
        assertEquals(200, api.post("/v1/rooms/" + room + "/lobby/" + pat.participantId() + "/admit", "").status());
        Entered kim = enter(room, "kim", "PARTICIPANT");
        Entered off = enter(room, "off", "PARTICIPANT");
        assertEquals(200, api.post("/v1/rooms/" + room + "/lobby/" + off.participantId() + "/admit", "").status());
        SignalingSocket modSocket = SignalingSocket.welcomed(server.getURI(), json, mod.credential());
        SignalingSocket patSocket = SignalingSocket.welcomed(server.getURI(), json, pat.credential());
        SignalingSocket kimSocket = SignalingSocket.welcomed(server.getURI(), json, kim.credential());

        // Who may not see the lobby does not find its people; who may is told signals stay in the room.
        patSocket.send(signal(kim, "offer", "{}"));
        assertEquals("PEER_NOT_FOUND", problemOf(errorOf(patSocket)).get("code"));
        modSocket.send(signal(kim, "offer", "{}"));
        Map<String, Object> toTheLobby = errorOf(modSocket);
        assertEquals("SIGNAL_NOT_ALLOWED", problemOf(toTheLobby).get("code"));
        assertEquals(403, problemOf(toTheLobby).get("status"));
        // ... and the lobby sends nothing.
        kimSocket.send(signal(pat, "answer", "{}"));
        assertEquals("NOT_ADMITTED", problemOf(errorOf(kimSocket)).get("code"));

        patSocket.send("{\"type\": \"signal\", \"to\": \"" + NOBODY + "\", \"kind\": \"candidate\", \"payload\": {}}");
        Map<String, Object> unknown = errorOf(patSocket);
        assertEquals("PEER_NOT_FOUND", problemOf(unknown).get("code"));
        assertEquals(404, problemOf(unknown).get("status"));
        assertEquals(Map.of("to", NOBODY, "kind", "candidate"), unknown.get("signal"));
        patSocket.send("{\"type\": \"signal\", \"to\": \"nobody\", \"kind\": \"candidate\", \"payload\": {}}");
        assertEquals("PEER_NOT_FOUND", problemOf(errorOf(patSocket)).get("code"));
        patSocket.send(signal(off, "offer", "{}"));
        assertEquals("PEER_NOT_FOUND", problemOf(errorOf(patSocket)).get("code"), "admitted, but no socket");

        patSocket.send("{\"type\": \"signal\", \"to\": \"" + mod.participantId() + "\", \"kind\": \"hello\"}");
        Map<String, Object> malformed = problemOf(errorOf(patSocket));
        assertEquals("INVALID_SIGNAL", malformed.get("code"));
        assertEquals(List.of(Map.of("field", "kind", "code", "INVALID_VALUE", "message", "must be one of offer, answer, candidate"),
                Map.of("field", "payload", "code", "REQUIRED", "message", "is required")), malformed.get("errors"));
        modSocket.close();
        patSocket.close();
        kimSocket.close();
    }

    @Test
    void nothing_is_relayed_in_an_sfu_room_nor_once_a_mesh_room_upgraded() {
        String sfu = api.post("/v1/rooms", "{\"topology\": {\"kind\": \"SFU\"}}").text("id");
        Entered ada = enter(sfu, "ada", "PARTICIPANT");
        Entered bob = enter(sfu, "bob", "PARTICIPANT");
        SignalingSocket adaSocket = SignalingSocket.welcomed(server.getURI(), json, ada.credential());
        SignalingSocket bobSocket = SignalingSocket.welcomed(server.getURI(), json, bob.credential());
        adaSocket.send(signal(bob, "offer", "{}"));
        Map<String, Object> refused = problemOf(errorOf(adaSocket));
        assertEquals("TOPOLOGY_NOT_MESH", refused.get("code"));
        assertEquals(409, refused.get("status"));

        String mesh = api.post("/v1/rooms", "{\"topology\": {\"kind\": \"MESH\", \"autoUpgradeAt\": 3}}").text("id");
        Entered cat = enter(mesh, "cat", "PARTICIPANT");
        Entered dan = enter(mesh, "dan", "PARTICIPANT");
        SignalingSocket catSocket = SignalingSocket.welcomed(server.getURI(), json, cat.credential());
        SignalingSocket danSocket = SignalingSocket.welcomed(server.getURI(), json, dan.credential());
        catSocket.send(signal(dan, "offer", "{}"));
        assertEquals("offer", signalTo(danSocket).get("kind"), "MESH while two are in");
        enter(mesh, "eve", "PARTICIPANT");
        catSocket.eventsUntil(event -> "TopologyUpgraded".equals(event.get("type")));
        catSocket.send(signal(dan, "offer", "{}"));
        assertEquals("TOPOLOGY_NOT_MESH", problemOf(errorOf(catSocket)).get("code"));
        adaSocket.close();
        bobSocket.close();
        catSocket.close();
        danSocket.close();
    }

    private static String signal(Entered to, String kind, String payload) {
        return "{\"type\": \"signal\", \"to\": \"" + to.participantId() + "\", \"kind\": \"" + kind + "\", \"payload\": " + payload + "}";
    }

    private static Map<String, Object> signalTo(SignalingSocket socket) {
        return socket.frameLike(frame -> "signal".equals(frame.get("type")) || "error".equals(frame.get("type")));
    }

    private static Map<String, Object> errorOf(SignalingSocket socket) {
        Map<String, Object> frame = socket.frameLike(candidate -> "error".equals(candidate.get("type"))
                || "signal".equals(candidate.get("type")));
        assertEquals("error", frame.get("type"), frame.toString());
        return frame;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problemOf(Map<String, Object> error) {
        return (Map<String, Object>) error.get("problem");
    }

    /** A request round trip: no error frame came before its reply. */
    private static void assertNoErrorBefore(SignalingSocket socket) {
        socket.send("{\"type\": \"request\", \"id\": 99, \"action\": \"hand.raise\"}");
        assertEquals(true, socket.replyTo(99).get("ok"));
        assertTrue(socket.unread().stream().noneMatch(frame -> "error".equals(frame.get("type"))));
    }

    private Entered enter(String room, String userRef, String role) {
        HttpApi.Answer issued = api.post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"%1$s\", \"role\": \"%2$s\", \"userRef\": \"%1$s\"}".formatted(userRef, role));
        assertEquals(201, issued.status(), issued.body());
        HttpApi.Answer joined = HttpApi.anonymous(server.getURI(), json).withBearer(issued.text("token"))
                .post("/v1/rooms/" + room + "/sessions", "{}");
        assertEquals(201, joined.status(), joined.body());
        return new Entered(joined.text("participantId"), joined.text("credential"));
    }

    record Entered(String participantId, String credential) {
    }
}
