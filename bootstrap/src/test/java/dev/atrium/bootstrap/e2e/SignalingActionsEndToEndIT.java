package dev.atrium.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actions on the signaling socket, on the real wiring with real WebSocket clients: each action answers
 * a reply and shows as an event on another socket; a refusal is the problem the REST API gives for the
 * same call.
 */
@MicronautTest
@Property(name = "atrium.signaling.ping-interval", value = "1s")
@Property(name = "atrium.events.relay-interval", value = "50ms")
class SignalingActionsEndToEndIT {
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
    void a_participant_acts_on_their_own_session_and_the_room_hears_each_change() {
        String room = api.post("/v1/rooms", "{}").text("id");
        Entered mod = enter(room, "mod", "MODERATOR");
        Entered pat = enter(room, "pat", "PARTICIPANT");
        SignalingSocket watching = SignalingSocket.welcomed(server.getURI(), json, mod.credential());
        SignalingSocket acting = SignalingSocket.welcomed(server.getURI(), json, pat.credential());

        Map<String, Object> joined = body(acting.request(1, "call.join", "{}"));
        assertEquals(pat.participantId(), joined.get("participantId"));
        assertEquals(true, joined.get("inCall"));
        assertEquals(true, mediaChangeOf(watching, pat).get("inCall"));

        Map<String, Object> media = body(acting.request(2, "media.change", "{\"microphone\": true, \"camera\": null}"));
        assertEquals(true, ((Map<?, ?>) media.get("media")).get("microphone"));
        assertEquals(true, ((Map<?, ?>) mediaChangeOf(watching, pat).get("media")).get("microphone"));

        assertEquals(true, body(acting.request(3, "hand.raise", "{}")).get("handRaised"));
        assertEquals(true, mediaChangeOf(watching, pat).get("handRaised"));
        assertEquals(false, body(acting.request(4, "hand.lower", "{}")).get("handRaised"));
        assertEquals(false, mediaChangeOf(watching, pat).get("handRaised"));

        assertEquals(true, ((Map<?, ?>) body(acting.request(5, "screen.start", "{\"takeOver\": false}")).get("media")).get("screen"));
        assertEquals(pat.participantId(), eventOf(watching, "PresenterChanged").get("presenter"));
        assertEquals(false, ((Map<?, ?>) body(acting.request(6, "screen.stop", "{}")).get("media")).get("screen"));
        assertEquals(null, eventOf(watching, "PresenterChanged").get("presenter"));

        Map<String, Object> message = body(acting.request(7, "chat.post", "{\"text\": \"Good morning!\"}"));
        assertEquals("Good morning!", message.get("text"));
        assertEquals(pat.participantId(), message.get("author"));
        assertEquals(List.of("id", "author", "authorDisplayName", "text", "postedAt"), List.copyOf(message.keySet()),
                "the message document of REST");
        assertEquals(message, eventOf(watching, "MessagePosted").get("message"));

        assertEquals(false, body(acting.request(8, "call.leave", "{}")).get("inCall"));
        assertEquals(false, mediaChangeOf(watching, pat).get("inCall"));

        // Leaving ends the socket (1000) once the room says so; the reply may or may not come before.
        acting.send("{\"type\": \"request\", \"id\": 9, \"action\": \"room.leave\"}");
        Map<String, Object> left = eventOf(watching, "ParticipantLeft");
        assertEquals(pat.participantId(), left.get("participantId"));
        assertEquals("LEFT", left.get("reason"));
        assertEquals(1000, acting.closeCode());
        watching.close();
    }

    @Test
    void a_moderator_admits_denies_changes_roles_mutes_removes_and_ends_the_room_over_the_socket() {
        String room = api.post("/v1/rooms", "{\"access\": {\"knock\": true}, \"limits\": {\"participants\": 10}}").text("id");
        Entered mod = enter(room, "mod", "MODERATOR");
        SignalingSocket moderator = SignalingSocket.welcomed(server.getURI(), json, mod.credential());
        Entered kim = enter(room, "kim", "PARTICIPANT");
        SignalingSocket kimSocket = SignalingSocket.welcomed(server.getURI(), json, kim.credential());

        Map<String, Object> admitted = body(moderator.request(1, "lobby.admit", "{\"participantId\": \"" + kim.participantId() + "\"}"));
        assertEquals("ADMITTED", admitted.get("status"));
        assertEquals(kim.participantId(), participantIdOf(eventOf(kimSocket, "ParticipantAdmitted").get("participant")));

        Entered ken = enter(room, "ken", "PARTICIPANT");
        SignalingSocket kenSocket = SignalingSocket.welcomed(server.getURI(), json, ken.credential());
        assertEquals(Map.of(), body(moderator.request(2, "lobby.deny", "{\"participantId\": \"" + ken.participantId() + "\"}")));
        assertEquals(false, eventOf(kenSocket, "KnockAnswered").get("admitted"));
        assertEquals(4502, kenSocket.closeCode());

        Entered ann = enter(room, "ann", "PARTICIPANT");
        Entered bea = enter(room, "bea", "PARTICIPANT");
        List<?> all = (List<?>) body(moderator.request(3, "lobby.admitAll", "{}")).get("items");
        assertEquals(List.of(ann.participantId(), bea.participantId()),
                all.stream().map(person -> ((Map<?, ?>) person).get("participantId")).toList());
        assertEquals(ann.participantId(), participantIdOf(eventOf(kimSocket, "ParticipantAdmitted").get("participant")));

        Map<String, Object> changed = body(moderator.request(4, "participant.changeRole",
                "{\"participantId\": \"" + kim.participantId() + "\", \"role\": \"VIEWER\"}"));
        assertEquals("VIEWER", changed.get("role"));
        Map<String, Object> roleChanged = eventOf(kimSocket, "RoleChanged");
        assertEquals("VIEWER", roleChanged.get("role"));
        assertEquals(mod.participantId(), roleChanged.get("changedBy"));

        SignalingSocket annSocket = SignalingSocket.welcomed(server.getURI(), json, ann.credential());
        body(annSocket.request(1, "call.join", "{}"));
        body(annSocket.request(2, "media.change", "{\"microphone\": true}"));
        Map<String, Object> muted = body(moderator.request(5, "participant.mute", "{\"participantId\": \"" + ann.participantId() + "\"}"));
        assertEquals(false, ((Map<?, ?>) muted.get("media")).get("microphone"));
        Map<String, Object> muting = annSocket.frameLike(frame -> "event".equals(frame.get("type"))
                && mod.participantId().equals(((Map<?, ?>) frame.get("event")).get("changedBy")));
        assertEquals("MediaStateChanged", ((Map<?, ?>) muting.get("event")).get("type"));

        assertEquals(Map.of(), body(moderator.request(6, "participant.remove",
                "{\"participantId\": \"" + ann.participantId() + "\", \"ban\": true}")));
        assertEquals(4503, annSocket.closeCode());
        Map<String, Object> banned = eventOf(kimSocket, "ParticipantLeft");
        assertEquals(ann.participantId(), banned.get("participantId"));
        assertEquals("BANNED", banned.get("reason"));

        moderator.send("{\"type\": \"request\", \"id\": 7, \"action\": \"room.end\", \"body\": {}}");
        Map<String, Object> firstOfTheEnd = eventOf(kimSocket, "ParticipantLeft");
        assertEquals("ROOM_ENDED", firstOfTheEnd.get("reason"));
        assertEquals(4504, kimSocket.closeCode());
        assertTrue(kimSocket.unread().stream().noneMatch(frame -> "event".equals(frame.get("type"))),
                "the first departure of the end closes every socket: no socket hears everybody leave");
        assertEquals(4504, moderator.closeCode());
        assertEquals("ENDED", api.get("/v1/rooms/" + room).text("status"));
    }

    @Test
    void a_refused_action_answers_the_problem_rest_gives_for_the_same_call() {
        String room = api.post("/v1/rooms", "{\"access\": {\"knock\": true}}").text("id");
        enter(room, "mod", "MODERATOR");
        Entered pat = enter(room, "pat", "PARTICIPANT");
        api.post("/v1/rooms/" + room + "/lobby/" + pat.participantId() + "/admit", "");
        Entered kim = enter(room, "kim", "PARTICIPANT");
        SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, pat.credential());

        Map<String, Object> reply = socket.request(1, "lobby.admit", "{\"participantId\": \"" + kim.participantId() + "\"}");
        assertEquals(false, reply.get("ok"));
        HttpApi.Answer rest = HttpApi.anonymous(server.getURI(), json).withBearer(pat.credential())
                .post("/v1/rooms/" + room + "/lobby/" + kim.participantId() + "/admit", "");
        assertEquals(403, rest.status());
        assertSameProblem(rest.json(), problem(reply), "/v1/signal#lobby.admit");

        // A mistyped body: the code REST gives to the same body.
        Map<String, Object> mistyped = problem(socket.request(2, "media.change", "{\"microphone\": \"yes\"}"));
        HttpApi.Answer restMistyped = HttpApi.anonymous(server.getURI(), json).withBearer(pat.credential())
                .patch("/v1/rooms/" + room + "/sessions/self/media", "{\"microphone\": \"yes\"}");
        assertEquals(restMistyped.json().get("code"), mistyped.get("code"));
        assertEquals(restMistyped.status(), mistyped.get("status"));
        assertEquals("body.microphone", ((Map<?, ?>) ((List<?>) mistyped.get("errors")).get(0)).get("field"));

        // Media before the call: the core's refusal, the same on both channels.
        Map<String, Object> notInCall = problem(socket.request(3, "media.change", "{\"camera\": true}"));
        HttpApi.Answer restNotInCall = HttpApi.anonymous(server.getURI(), json).withBearer(pat.credential())
                .patch("/v1/rooms/" + room + "/sessions/self/media", "{\"camera\": true}");
        assertSameProblem(restNotInCall.json(), notInCall, "/v1/signal#media.change");

        assertEquals("UNKNOWN_FIELD", problem(socket.request(4, "hand.raise", "{\"high\": true}")).get("code"));
        Map<String, Object> noText = problem(socket.request(5, "chat.post", "{}"));
        assertEquals("VALIDATION_FAILED", noText.get("code"));
        assertEquals(List.of(Map.of("field", "body.text", "code", "REQUIRED", "message", "is required")), noText.get("errors"));
        assertEquals("VALIDATION_FAILED", problem(socket.request(6, "participant.changeRole",
                "{\"participantId\": \"" + kim.participantId() + "\", \"role\": \"KING\"}")).get("code"));
        assertEquals("PARTICIPANT_NOT_FOUND", problem(socket.request(7, "participant.mute", "{\"participantId\": \"nobody\"}")).get("code"));
        socket.close();
    }

    @Test
    void an_unknown_action_and_malformed_requests_are_refused_and_the_socket_stays() {
        String room = api.post("/v1/rooms", "{}").text("id");
        SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, enter(room, "pat", "PARTICIPANT").credential());

        Map<String, Object> unknown = problem(socket.request(1, "hand.wave", "{}"));
        assertEquals("UNKNOWN_ACTION", unknown.get("code"));
        assertEquals(400, unknown.get("status"));
        assertEquals("urn:atrium:problem:unknown-action", unknown.get("type"));

        Map<String, Object> notAnObject = problem(socket.request(2, "hand.raise", "[true]"));
        assertEquals("INVALID_REQUEST", notAnObject.get("code"));
        assertEquals("body", ((Map<?, ?>) ((List<?>) notAnObject.get("errors")).get(0)).get("field"));

        socket.send("{\"type\": \"request\", \"id\": 3}");
        Map<String, Object> noAction = problem(socket.replyTo(3));
        assertEquals("INVALID_REQUEST", noAction.get("code"));
        assertEquals(List.of(Map.of("field", "action", "code", "REQUIRED", "message", "is required")), noAction.get("errors"));

        for (String id : List.of("\"4\"", "4.5", "null", "18446744073709551616")) {
            socket.send("{\"type\": \"request\", \"id\": " + id + ", \"action\": \"hand.raise\"}");
            Map<String, Object> error = socket.frameLike(frame -> "error".equals(frame.get("type")));
            Map<?, ?> problem = (Map<?, ?>) error.get("problem");
            assertEquals("INVALID_REQUEST", problem.get("code"), id);
            assertEquals("id", ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("field"));
        }
        socket.send("{\"type\": \"request\", \"action\": \"hand.raise\"}");
        Map<?, ?> noId = (Map<?, ?>) socket.frameLike(frame -> "error".equals(frame.get("type"))).get("problem");
        assertEquals(List.of(Map.of("field", "id", "code", "REQUIRED", "message", "is required")), noId.get("errors"));

        assertEquals(true, body(socket.request(5, "hand.raise", "{}")).get("handRaised"), "the socket still works");
        socket.close();
    }

    @Test
    void replies_come_in_the_order_of_the_requests() {
        String room = api.post("/v1/rooms", "{}").text("id");
        SignalingSocket socket = SignalingSocket.welcomed(server.getURI(), json, enter(room, "pat", "PARTICIPANT").credential());
        for (int id = 1; id <= 20; id++) {
            socket.send("{\"type\": \"request\", \"id\": " + id + ", \"action\": \"" + (id % 2 == 1 ? "hand.raise" : "hand.lower") + "\"}");
        }
        List<Object> ids = new ArrayList<>();
        while (ids.size() < 20) {
            Map<String, Object> reply = socket.frameLike(frame -> "reply".equals(frame.get("type")));
            ids.add(((Number) reply.get("id")).intValue());
            assertEquals(((Number) reply.get("id")).intValue() % 2 == 1, body(reply).get("handRaised"));
        }
        assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), ids);
        socket.close();
    }

    private static void assertSameProblem(Map<String, Object> rest, Map<String, Object> socket, String instance) {
        Map<String, Object> expected = new HashMap<>(rest);
        expected.put("instance", instance);
        assertEquals(expected, socket);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> reply) {
        assertEquals("reply", reply.get("type"));
        assertEquals(true, reply.get("ok"), reply.toString());
        return (Map<String, Object>) reply.get("body");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> problem(Map<String, Object> reply) {
        assertEquals("reply", reply.get("type"));
        assertEquals(false, reply.get("ok"), reply.toString());
        assertTrue(!reply.containsKey("body"), reply.toString());
        return (Map<String, Object>) reply.get("problem");
    }

    /** The next event of {@code type} the socket hears; the events before it are read and dropped. */
    private static Map<String, Object> eventOf(SignalingSocket socket, String type) {
        List<Map<String, Object>> events = socket.eventsUntil(event -> type.equals(event.get("type")));
        return events.get(events.size() - 1);
    }

    /** The next MediaStateChanged about {@code whom} the socket hears; the events before it are read and dropped. */
    private static Map<String, Object> mediaChangeOf(SignalingSocket socket, Entered whom) {
        List<Map<String, Object>> events = socket.eventsUntil(event -> "MediaStateChanged".equals(event.get("type"))
                && whom.participantId().equals(event.get("participantId")));
        return events.get(events.size() - 1);
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

    private static String participantIdOf(Object participant) {
        return (String) ((Map<?, ?>) participant).get("participantId");
    }

    record Entered(String participantId, String credential) {
    }
}
