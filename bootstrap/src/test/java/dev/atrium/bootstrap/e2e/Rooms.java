package dev.atrium.bootstrap.e2e;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rooms and people in them over the REST API, with the tests' API key: what a signaling test starts from. */
final class Rooms {
    private final EmbeddedServer server;
    private final JsonMapper json;
    private final HttpApi api;

    Rooms(EmbeddedServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
        this.api = HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz");
    }

    HttpApi api() {
        return api;
    }

    String create(String body) {
        HttpApi.Answer created = api.post("/v1/rooms", body);
        assertEquals(201, created.status(), created.body());
        return created.text("id");
    }

    /** Issues a join token for {@code userRef} with {@code role} and enters the room with it. */
    Entered enter(String room, String userRef, String role) {
        HttpApi.Answer issued = api.post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"%1$s\", \"role\": \"%2$s\", \"userRef\": \"%1$s\"}".formatted(userRef, role));
        assertEquals(201, issued.status(), issued.body());
        HttpApi.Answer joined = HttpApi.anonymous(server.getURI(), json).withBearer(issued.text("token"))
                .post("/v1/rooms/" + room + "/sessions", "{}");
        assertEquals(201, joined.status(), joined.body());
        return new Entered(joined.text("participantId"), joined.text("credential"));
    }

    /** The REST API as {@code participant}'s session. */
    HttpApi as(Entered participant) {
        return HttpApi.anonymous(server.getURI(), json).withBearer(participant.credential());
    }

    record Entered(String participantId, String credential) {
    }
}
