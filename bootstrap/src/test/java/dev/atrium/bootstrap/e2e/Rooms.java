package dev.atrium.bootstrap.e2e;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rooms and people in them over the REST API, with the tests' API key: what a signaling test starts from. */
final class Rooms {
    static final String KEY_ID = "e2e-key";
    static final String KEY_SECRET = "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz";

    private final URI server;
    private final JsonMapper json;
    private final HttpApi api;

    Rooms(EmbeddedServer server, JsonMapper json) {
        this(server.getURI(), json);
    }

    /** Through a node at {@code server} that has the tests' API key. */
    Rooms(URI server, JsonMapper json) {
        this.server = server;
        this.json = json;
        this.api = HttpApi.anonymous(server, json).withKey(KEY_ID, KEY_SECRET);
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
        HttpApi.Answer joined = HttpApi.anonymous(server, json).withBearer(issued.text("token"))
                .post("/v1/rooms/" + room + "/sessions", "{}");
        assertEquals(201, joined.status(), joined.body());
        return new Entered(joined.text("participantId"), joined.text("credential"));
    }

    /** The REST API as {@code participant}'s session. */
    HttpApi as(Entered participant) {
        return HttpApi.anonymous(server, json).withBearer(participant.credential());
    }

    record Entered(String participantId, String credential) {
    }
}
