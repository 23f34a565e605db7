package dev.atrium.adapter.rest.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The token calls many tests make: issue one for a person, and ask whether one is active. */
public final class TokenRequests {
    private TokenRequests() {
    }

    /** A PARTICIPANT token for {@code userRef} in the room. */
    public static Answer issue(ApiClient api, String roomId, String userRef) {
        return api.post("/v1/rooms/" + roomId + "/tokens",
                "{\"displayName\": \"Person " + userRef + "\", \"role\": \"PARTICIPANT\", \"userRef\": \"" + userRef + "\"}");
    }

    /** RFC 7662 introspection, as a form. */
    public static Answer introspect(ApiClient api, String token) {
        return api.send("POST", "/v1/tokens/introspect", "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
    }

    /** Whether introspection by {@code api}'s tenant calls the token active. */
    public static boolean isActive(ApiClient api, String token) {
        Answer answer = introspect(api, token);
        if (answer.status() != 200) {
            throw new AssertionError("introspection failed: " + answer.status() + " " + answer.body());
        }
        return Boolean.TRUE.equals(answer.value("active"));
    }
}
