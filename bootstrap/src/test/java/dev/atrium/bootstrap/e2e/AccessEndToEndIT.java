package dev.atrium.bootstrap.e2e;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import static dev.atrium.bootstrap.e2e.RoomApiEndToEndIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may enter, end to end on the real wiring (HTTP, JWT, JDBC with encrypted keys, Argon2):
 * members and one-to-one rooms, join tokens verified offline with the published key, rotation,
 * revocation, and guests by public link with a password.
 */
@MicronautTest
class AccessEndToEndIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private HttpApi api;

    @BeforeEach
    void connect() {
        api = HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz");
    }

    @Test
    void aOneToOneRoomIsCreatedOncePerPairAndKeepsItsTwoOwners() {
        String pair = """
                {"type": "ONE_TO_ONE", "members": [
                  {"userRef": "alice-%1$s", "displayName": "Alice"}, {"userRef": "bob-%1$s", "displayName": "Bob"}]}
                """.formatted(System.nanoTime());
        HttpApi.Answer first = api.post("/v1/rooms", pair);
        assertEquals(201, first.status(), first.body());
        HttpApi.Answer again = api.post("/v1/rooms", pair);
        assertEquals(200, again.status(), again.body());
        assertEquals(first.text("id"), again.text("id"));

        String members = "/v1/rooms/" + first.text("id") + "/members";
        HttpApi.Answer listed = api.get(members);
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("\"OWNER\""));
        assertProblem(api.post(members, "{\"userRef\": \"carol\", \"displayName\": \"Carol\"}"), 409, "ONE_TO_ONE_MEMBERS_FIXED");
    }

    @Test
    void aRoomWithoutMembersOrLinksListsThemEmpty() {
        String room = api.post("/v1/rooms", "{\"type\": \"PUBLIC\"}").text("id");
        assertEquals("{\"items\":[]}", api.get("/v1/rooms/" + room + "/members").body());
        assertEquals("{\"items\":[]}", api.get("/v1/rooms/" + room + "/links").body());
    }

    @Test
    void ownersStayOwners() {
        String room = api.post("/v1/rooms", "{\"members\": [{\"userRef\": \"olga\", \"displayName\": \"Olga\", \"role\": \"OWNER\"}]}").text("id");
        String members = "/v1/rooms/" + room + "/members";
        assertEquals(201, api.post(members, "{\"userRef\": \"max\", \"displayName\": \"Max\", \"role\": \"MODERATOR\"}").status());
        HttpApi.Answer demoted = api.patch(members + "/max", "{\"role\": \"PARTICIPANT\"}", "Content-Type", "application/json");
        assertEquals(200, demoted.status(), demoted.body());
        assertProblem(api.patch(members + "/olga", "{\"role\": \"MODERATOR\"}"), 412, "OWNER_ROLE_FIXED");
        assertProblem(api.delete(members + "/olga"), 403, "OWNER_NOT_REMOVABLE");
        assertEquals(204, api.delete(members + "/max").status());
    }

    @Test
    void aJoinTokenVerifiesOfflineWithThePublishedKeyAndStopsWhenRevoked() throws Exception {
        String room = api.post("/v1/rooms", "{}").text("id");
        HttpApi.Answer issued = api.post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"Dana\", \"role\": \"PARTICIPANT\", \"userRef\": \"dana\", \"ttlSeconds\": 600}");
        assertEquals(201, issued.status(), issued.body());
        String token = issued.text("token");

        HttpApi.Answer key = api.get("/v1/signing-keys/current");
        assertEquals(200, key.status(), key.body());
        assertEquals("HS256", key.text("alg"));
        assertTrue(hmacSignatureVerifies(token, Base64.getUrlDecoder().decode(key.text("key"))),
                "a media server verifies the token with nothing but the published key");

        assertEquals(Boolean.TRUE, introspect(token).get("active"));
        assertEquals(room, introspect(token).get("room"));

        HttpApi.Answer rotated = api.post("/v1/signing-keys/rotate", null);
        assertEquals(201, rotated.status(), rotated.body());
        assertNotEquals(key.text("kid"), rotated.text("kid"));
        assertEquals(Boolean.TRUE, introspect(token).get("active"), "tokens of the previous key verify until they expire");

        assertEquals(204, api.delete("/v1/rooms/" + room + "/tokens/" + issued.text("jti")).status());
        assertEquals(Boolean.FALSE, introspect(token).get("active"));

        String forEve = api.post("/v1/rooms/" + room + "/tokens", "{\"displayName\": \"Eve\", \"role\": \"VIEWER\", \"userRef\": \"eve\"}").text("token");
        assertEquals(204, api.delete("/v1/rooms/" + room + "/tokens?userRef=eve").status());
        assertEquals(Boolean.FALSE, introspect(forEve).get("active"));
        String tampered = forEve.substring(0, forEve.length() - 4) + "AAAA";
        assertEquals(Boolean.FALSE, introspect(tampered).get("active"));
        assertProblem(api.send("POST", "/v1/tokens/introspect", "token=" + forEve + "%ZZ", "application/x-www-form-urlencoded"),
                400, "INVALID_PARAMETER");
    }

    @Test
    void noTokenIsIssuedForAnEndedRoom() {
        String room = api.post("/v1/rooms", "{}").text("id");
        api.post("/v1/rooms/" + room + "/end", null);
        assertProblem(api.post("/v1/rooms/" + room + "/tokens", "{\"displayName\": \"Late\", \"role\": \"GUEST\", \"userRef\": \"late\"}"),
                409, "ROOM_ENDED");
    }

    @Test
    void aGuestComesByLinkWithThePasswordUntilTheLinkIsUsedUp() {
        String room = api.post("/v1/rooms", "{\"type\": \"PUBLIC\"}").text("id");
        assertEquals(204, api.send("PUT", "/v1/rooms/" + room + "/password", "{\"password\": \"open sesame\"}", "application/json").status());
        HttpApi.Answer link = api.post("/v1/rooms/" + room + "/links", "{\"role\": \"GUEST\", \"maxUses\": 1, \"ttlSeconds\": 7200}");
        assertEquals(201, link.status(), link.body());
        String guests = "/v1/links/" + link.text("token") + "/guests";
        assertEquals(server.getURI().resolve(guests.replace("/guests", "")).toString(), link.text("url"),
                "without ATRIUM_PUBLIC_URL a link points at the address the service listens on");
        HttpApi anonymous = HttpApi.anonymous(server.getURI(), json);

        assertProblem(anonymous.post(guests, "{\"displayName\": \"Gus\", \"password\": \"wrong\"}"), 403, "WRONG_PASSWORD");
        HttpApi.Answer admitted = anonymous.post(guests, "{\"displayName\": \"  Gus  \", \"password\": \"open sesame\"}");
        assertEquals(201, admitted.status(), admitted.body());
        assertEquals("GUEST", admitted.text("role"));
        assertEquals(Boolean.TRUE, introspect(admitted.text("token")).get("active"));
        assertProblem(anonymous.post(guests, "{\"displayName\": \"Gus\", \"password\": \"open sesame\"}"), 410, "LINK_EXPIRED");
        assertProblem(anonymous.post("/v1/links/lt_unknown/guests", "{\"displayName\": \"Gus\"}"), 404, "LINK_NOT_FOUND");

        String groupRoom = api.post("/v1/rooms", "{}").text("id");
        assertProblem(api.send("PUT", "/v1/rooms/" + groupRoom + "/password", "{\"password\": \"secret\"}", "application/json"),
                403, "PASSWORD_NOT_SUPPORTED");
        assertProblem(api.post("/v1/rooms/" + groupRoom + "/links", "{}"), 403, "GUESTS_NOT_ALLOWED");
    }

    private Map<String, Object> introspect(String token) {
        HttpApi.Answer answer = api.send("POST", "/v1/tokens/introspect",
                "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    /** HS256 by hand with the JDK: what any media server can do with the published key. */
    private static boolean hmacSignatureVerifies(String token, byte[] key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        byte[] actual = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
        return MessageDigest.isEqual(expected, actual);
    }
}
