package dev.atrium.bootstrap.fuzz;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the fuzz's requests refer to, made through the API before a round of requests: a tenant
 * with a key, a room with a member, a link, a join token, a session in the room and a meeting.
 * Fuzzed requests may delete or end any of it, so each round of requests gets a world of its own.
 */
record World(String apiKey, String adminToken, String tenantId, String tenantKeyId, String tenantApiKey,
             String roomId, String roomExternalId, String memberRef, String linkId, String linkToken,
             String joinToken, String jti, String sessionCredential, String participantId, String meetingId) {
    static final String KEY_ID = "e2e-key";
    static final String SECRET = "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz";
    static final String ADMIN_TOKEN = "e2e-admin-token-0123456789";

    static World create(RawHttp http, JsonMapper json, int number) {
        String apiKey = basic(KEY_ID, SECRET);
        String admin = "Bearer " + ADMIN_TOKEN;
        Map<String, Object> tenant = call(http, json, "POST", "/v1/admin/tenants", admin, "{\"name\": \"World " + number + "\"}");
        String tenantId = (String) tenant.get("id");
        Map<String, Object> key = call(http, json, "POST", "/v1/admin/tenants/" + tenantId + "/keys", admin, null);
        String externalId = "world-" + number + "-" + System.nanoTime();
        Map<String, Object> room = call(http, json, "POST", "/v1/rooms", apiKey, """
                {"externalId": "%s", "name": "World %d", "type": "PUBLIC",
                 "members": [{"userRef": "ann", "displayName": "Ann", "email": "ann@example.com", "role": "MODERATOR"}]}
                """.formatted(externalId, number));
        String roomId = (String) room.get("id");
        Map<String, Object> link = call(http, json, "POST", "/v1/rooms/" + roomId + "/links", apiKey, "{\"role\": \"GUEST\"}");
        Map<String, Object> token = call(http, json, "POST", "/v1/rooms/" + roomId + "/tokens", apiKey,
                "{\"displayName\": \"Mod\", \"role\": \"MODERATOR\", \"userRef\": \"mod-" + number + "\"}");
        Map<String, Object> session = call(http, json, "POST", "/v1/rooms/" + roomId + "/sessions",
                "Bearer " + token.get("token"), "{}");
        Map<String, Object> meeting = call(http, json, "POST", "/v1/meetings", apiKey,
                "{\"startsAt\": \"2030-02-01T09:00:00Z\", \"durationMinutes\": 60, \"name\": \"World " + number + "\"}");
        @SuppressWarnings("unchecked")
        String meetingId = (String) ((Map<String, Object>) meeting.get("room")).get("id");
        return new World(apiKey, admin, tenantId, (String) key.get("id"), basic((String) key.get("id"), (String) key.get("secret")),
                roomId, externalId, "ann", (String) link.get("linkId"), (String) link.get("token"),
                (String) token.get("token"), (String) token.get("jti"),
                (String) session.get("credential"), (String) session.get("participantId"), meetingId);
    }

    /** The value a valid request puts in a path variable of {@code template}. */
    String variable(String template, String name) {
        return switch (name) {
            case "room" -> template.startsWith("/v1/meetings") ? meetingId : roomId;
            case "userRef" -> memberRef;
            case "tenantId" -> tenantId;
            case "keyId" -> tenantKeyId;
            case "linkId" -> linkId;
            case "linkToken" -> linkToken;
            case "jti" -> jti;
            case "participantId" -> participantId;
            case "selector" -> "liveness";
            default -> throw new IllegalArgumentException("no world value for the path variable " + name);
        };
    }

    /** The Authorization header a valid request of this kind carries, if any. */
    Optional<String> authorization(FuzzRoute.Credential credential, boolean preferSession) {
        return switch (credential) {
            case NONE -> Optional.empty();
            case ADMIN_TOKEN -> Optional.of(adminToken);
            case API_KEY -> Optional.of(apiKey);
            case JOIN_TOKEN -> Optional.of("Bearer " + joinToken);
            case SESSION -> Optional.of("Bearer " + sessionCredential);
            case API_KEY_OR_SESSION -> Optional.of(preferSession ? "Bearer " + sessionCredential : apiKey);
        };
    }

    /** Credentials that are valid, each for something: sent where another kind is needed. */
    List<String> credentialsOfEveryKind() {
        return List.of(apiKey, tenantApiKey, adminToken, "Bearer " + joinToken, "Bearer " + sessionCredential,
                "Bearer " + linkToken, "Bearer " + SECRET, basic(KEY_ID, ADMIN_TOKEN), "Basic " + sessionCredential,
                "Bearer " + apiKey.substring("Basic ".length()), "Basic " + joinToken);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> call(RawHttp http, JsonMapper json, String method, String path,
                                            String authorization, String body) {
        List<RawHttp.Header> headers = new ArrayList<>(List.of(RawHttp.Header.of("Authorization", authorization)));
        if (body != null) {
            headers.add(RawHttp.Header.of("Content-Type", "application/json"));
        }
        RawHttp.Answer answer = http.send(new RawHttp.Request(method, path.getBytes(StandardCharsets.US_ASCII), headers,
                Optional.ofNullable(body).map(text -> text.getBytes(StandardCharsets.UTF_8))));
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IllegalStateException("making the fuzz's world, " + method + " " + path + " answered "
                    + answer.status() + ": " + answer.text());
        }
        try {
            return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
