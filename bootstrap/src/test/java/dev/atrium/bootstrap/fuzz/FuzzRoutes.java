package dev.atrium.bootstrap.fuzz;

import java.util.List;

import static dev.atrium.bootstrap.fuzz.FuzzRoute.Credential.ADMIN_TOKEN;
import static dev.atrium.bootstrap.fuzz.FuzzRoute.Credential.API_KEY;
import static dev.atrium.bootstrap.fuzz.FuzzRoute.Credential.API_KEY_OR_SESSION;
import static dev.atrium.bootstrap.fuzz.FuzzRoute.Credential.JOIN_TOKEN;
import static dev.atrium.bootstrap.fuzz.FuzzRoute.Credential.NONE;
import static dev.atrium.bootstrap.fuzz.FuzzRoute.Credential.SESSION;
import static dev.atrium.bootstrap.fuzz.FuzzRoute.json;
import static dev.atrium.bootstrap.fuzz.FuzzRoute.withBody;
import static dev.atrium.bootstrap.fuzz.FuzzRoute.without;

/**
 * Every route of the service with a valid request, as docs/api.md describes it. The fuzz compares
 * this list with the router's, so a new route without an entry here fails the build. HEAD, which the
 * router adds to every GET, is one of the methods the fuzz swaps in.
 */
final class FuzzRoutes {
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String ROOMS = "/v1/rooms/{room}";

    private FuzzRoutes() {
    }

    static List<FuzzRoute> all() {
        return List.of(
                json("POST", "/v1/admin/tenants", ADMIN_TOKEN, "{\"name\": \"Fuzz tenant {unique}\"}"),
                without("POST", "/v1/admin/tenants/{tenantId}/keys", ADMIN_TOKEN),
                without("DELETE", "/v1/admin/tenants/{tenantId}/keys/{keyId}", ADMIN_TOKEN),

                json("POST", "/v1/rooms", API_KEY, """
                        {"externalId": "fuzz-{unique}", "name": "Fuzz room", "description": "A room",
                         "type": "PUBLIC", "mode": "GROUP",
                         "schedule": {"kind": "SCHEDULED", "startsAt": "2030-02-01T09:00:00Z", "durationMinutes": 60},
                         "limits": {"moderators": 2, "participants": 10, "audiences": 0},
                         "access": {"knock": false},
                         "metadata": {"team": "fuzz", "level": 3},
                         "members": [{"userRef": "m-{unique}", "displayName": "Mia", "email": "mia@example.com", "role": "OWNER"}]}
                        """),
                without("GET", "/v1/rooms", API_KEY).query("limit=5&order=createdAt&status=ACTIVE"),
                without("GET", ROOMS, API_KEY),
                withBody("PATCH", ROOMS, API_KEY, "{\"name\": \"Renamed\", \"description\": null, \"metadata\": {\"k\": \"v\"}}",
                        MERGE_PATCH),
                without("DELETE", ROOMS, API_KEY),
                without("POST", ROOMS + "/end", API_KEY_OR_SESSION),

                without("GET", ROOMS + "/members", API_KEY),
                json("POST", ROOMS + "/members", API_KEY,
                        "{\"userRef\": \"u-{unique}\", \"displayName\": \"Max\", \"email\": \"max@example.com\", \"role\": \"MODERATOR\"}"),
                withBody("PATCH", ROOMS + "/members/{userRef}", API_KEY, "{\"displayName\": \"Ann B\", \"role\": \"PARTICIPANT\"}",
                        MERGE_PATCH),
                without("DELETE", ROOMS + "/members/{userRef}", API_KEY),

                json("POST", ROOMS + "/tokens", API_KEY,
                        "{\"displayName\": \"Dana\", \"role\": \"PARTICIPANT\", \"userRef\": \"dana\", \"ttlSeconds\": 600, \"metadata\": {\"a\": 1}}"),
                without("DELETE", ROOMS + "/tokens/{jti}", API_KEY),
                without("DELETE", ROOMS + "/tokens", API_KEY).query("userRef=dana"),
                withBody("POST", "/v1/tokens/introspect", API_KEY, "token={joinToken}", "application/x-www-form-urlencoded"),
                json("POST", "/v1/tokens/introspect", API_KEY, "{\"token\": \"{joinToken}\"}"),
                without("GET", "/v1/signing-keys/current", API_KEY),
                without("POST", "/v1/signing-keys/rotate", API_KEY),
                without("GET", "/.well-known/jwks.json", NONE),

                json("POST", ROOMS + "/links", API_KEY,
                        "{\"role\": \"GUEST\", \"ttlSeconds\": 7200, \"password\": \"open sesame\", \"maxUses\": 5}"),
                without("GET", ROOMS + "/links", API_KEY),
                without("DELETE", ROOMS + "/links/{linkId}", API_KEY),
                json("POST", "/v1/links/{linkToken}/guests", NONE, "{\"displayName\": \"Gus\"}"),
                json("PUT", ROOMS + "/password", API_KEY, "{\"password\": \"correct horse battery staple\"}"),
                without("DELETE", ROOMS + "/password", API_KEY),

                json("POST", "/v1/meetings", API_KEY, """
                        {"externalId": "meet-{unique}", "name": "Planning", "description": "Budget",
                         "startsAt": "2030-02-01T09:00:00Z", "durationMinutes": 60, "access": {"knock": true},
                         "members": [{"userRef": "a-{unique}", "displayName": "Ann", "email": "ann@example.com", "role": "OWNER"}]}
                        """),
                without("GET", "/v1/meetings/{room}", API_KEY),
                json("PATCH", "/v1/meetings/{room}", API_KEY,
                        "{\"update\": \"WHEN\", \"startsAt\": \"2030-03-01T10:00:00Z\", \"durationMinutes\": 30}"),

                json("POST", ROOMS + "/sessions", JOIN_TOKEN, "{\"password\": \"correct horse battery staple\"}"),
                without("GET", ROOMS + "/sessions/self", SESSION),
                without("POST", ROOMS + "/sessions/self/ping", SESSION),
                without("DELETE", ROOMS + "/sessions/self", SESSION),
                without("POST", ROOMS + "/sessions/self/call", SESSION),
                without("DELETE", ROOMS + "/sessions/self/call", SESSION),
                withBody("PATCH", ROOMS + "/sessions/self/media", SESSION, "{\"microphone\": true, \"camera\": false, \"chat\": true}",
                        MERGE_PATCH),
                json("POST", ROOMS + "/sessions/self/screen", SESSION, "{\"takeOver\": false}"),
                without("DELETE", ROOMS + "/sessions/self/screen", SESSION),
                without("POST", ROOMS + "/sessions/self/hand", SESSION),
                without("DELETE", ROOMS + "/sessions/self/hand", SESSION),

                without("GET", ROOMS + "/lobby", API_KEY_OR_SESSION),
                without("POST", ROOMS + "/lobby/{participantId}/admit", API_KEY_OR_SESSION),
                without("POST", ROOMS + "/lobby/{participantId}/deny", API_KEY_OR_SESSION),
                without("POST", ROOMS + "/lobby/admit-all", API_KEY_OR_SESSION),

                without("GET", ROOMS + "/participants", API_KEY_OR_SESSION),
                without("DELETE", ROOMS + "/participants/{participantId}", API_KEY_OR_SESSION).query("ban=false"),
                withBody("PATCH", ROOMS + "/participants/{participantId}", API_KEY_OR_SESSION, "{\"role\": \"MODERATOR\"}",
                        MERGE_PATCH),
                without("POST", ROOMS + "/participants/{participantId}/mute", API_KEY_OR_SESSION),
                without("PUT", ROOMS + "/participants/{participantId}/publishing", API_KEY_OR_SESSION),
                without("DELETE", ROOMS + "/participants/{participantId}/publishing", API_KEY_OR_SESSION),

                json("POST", ROOMS + "/messages", SESSION, "{\"text\": \"Hello {unique}\"}"),
                // timeout=0 first: a long poll would hold the fuzz for 30 s; a repeat of the parameter does not win.
                without("GET", ROOMS + "/messages", API_KEY_OR_SESSION).query("timeout=0&after=0&limit=10"),

                without("GET", "/health", NONE),
                without("GET", "/health/{selector}", NONE));
    }
}
