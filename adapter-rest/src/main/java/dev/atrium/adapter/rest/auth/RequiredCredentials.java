package dev.atrium.adapter.rest.auth;

import io.micronaut.http.HttpMethod;

import java.util.regex.Pattern;

/**
 * Which credentials a request under /v1 needs, by method and path: the one table of who may call
 * what. Paths are matched as the router sees them; a room or participant is one path segment.
 */
enum RequiredCredentials {
    /** {@code /v1/admin} and below: the operator's admin token as Bearer. */
    ADMIN_TOKEN,
    /** A guest's arrival by public link: the link token in the path is the credential. */
    NONE,
    /** The tenant's API key as HTTP Basic. */
    API_KEY,
    /** Entering a room: a join token as Bearer. */
    JOIN_TOKEN,
    /** A participant acting on their own session: a session credential as Bearer. */
    SESSION,
    /** Moderation and reading the chat: the tenant's API key, or a session credential of a participant. */
    API_KEY_OR_SESSION;

    private static final String ADMIN_PATH = "/v1/admin";
    private static final String ROOM = "/v1/rooms/[^/]+";
    private static final Pattern GUEST_PATH = Pattern.compile("/v1/links/[^/]+/guests");
    private static final Pattern SESSIONS = Pattern.compile(ROOM + "/sessions");
    private static final Pattern OWN_SESSION = Pattern.compile(ROOM + "/sessions/self(/.*)?");
    private static final Pattern MESSAGES = Pattern.compile(ROOM + "/messages");
    private static final Pattern MODERATION = Pattern.compile(ROOM + "/(lobby(/.*)?|participants/.+|end)");

    static RequiredCredentials of(HttpMethod method, String path) {
        if (path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/")) {
            return ADMIN_TOKEN;
        }
        if (GUEST_PATH.matcher(path).matches()) {
            return NONE;
        }
        if (method == HttpMethod.POST && SESSIONS.matcher(path).matches()) {
            return JOIN_TOKEN;
        }
        if (OWN_SESSION.matcher(path).matches()) {
            return SESSION;
        }
        if (MESSAGES.matcher(path).matches()) {
            return method == HttpMethod.POST ? SESSION : API_KEY_OR_SESSION;
        }
        if (MODERATION.matcher(path).matches()) {
            return API_KEY_OR_SESSION;
        }
        return API_KEY;
    }
}
