package dev.atrium.adapter.rest.json;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.LiveRooms;
import dev.atrium.adapter.rest.support.LiveRooms.Session;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which characters a request's text may hold, wherever it enters: NUL and the other control
 * characters and lone surrogates are refused with a problem (never a 500), tab and line breaks
 * are kept in multi-line text, malformed UTF-8 is refused, not guessed at, and a token whose header
 * names a key with such characters is as unauthenticated as any other bad token.
 */
@MicronautTest
class RequestTextIT {
    @Inject
    TestTenants tenants;

    private TestTenant tenant;
    private LiveRooms live;
    private String roomId;
    private Session guest;

    @BeforeEach
    void publicRoomWithAGuest() {
        tenant = tenants.create();
        live = new LiveRooms(tenants, tenant);
        roomId = live.room("{\"type\": \"PUBLIC\"}");
        guest = live.join(roomId, "u-guest", "GUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "bell\\u0007", "esc\\u001b[31m", "lone \\ud800", "lone \\udc00"})
    void aChatMessageWithAControlCharacterOrALoneSurrogateIsRefusedAndNotStored(String text) {
        Answer posted = guest.api().post(messages(), "{\"text\": \"" + text + "\"}");

        assertProblem(posted, 400, "VALIDATION_FAILED");
        assertEquals(List.of("text:INVALID_CHARACTER"), posted.fieldErrors());
        assertEquals(List.of(), storedMessages());
    }

    @Test
    void tabAndLineBreaksAreKeptInAChatMessageAndADescription() {
        String text = "line one\r\nline two\n\tindented";
        Answer posted = guest.api().post(messages(), "{\"text\": \"line one\\r\\nline two\\n\\tindented\"}");
        Answer room = tenant.api().post("/v1/rooms", "{\"description\": \"line one\\r\\nline two\\n\\tindented\"}");

        assertEquals(201, posted.status(), posted.body());
        assertEquals(text, posted.text("text"));
        assertEquals(201, room.status(), room.body());
        assertEquals(text, tenant.api().get("/v1/rooms/" + room.text("id")).text("description"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\": \"two\\nlines\"}", "{\"name\": \"tab\\there\"}", "{\"name\": \"nul\\u0000\"}", "{\"name\": \"\\ud800\"}",
            "{\"description\": \"nul\\u0000\"}", "{\"metadata\": {\"k\": \"nul\\u0000\"}}", "{\"metadata\": {\"k\\n\": \"v\"}}",
            "{\"metadata\": {\"list\": [\"\\u0001\"]}}", "{\"externalId\": \"\\u0000\"}"})
    void aRoomWhoseTextBreaksTheRuleIsRefusedAndNotCreated(String document) {
        Answer created = tenant.api().post("/v1/rooms", document);

        assertProblem(created, 400, "VALIDATION_FAILED");
        assertEquals("INVALID_CHARACTER", created.errors().get(0).get("code"), created.body());
        assertEquals(1, ((List<?>) tenant.api().get("/v1/rooms").value("items")).size(), "only the room of setUp");
    }

    @Test
    void namesOfMembersTokensGuestsAndTenantsAreOneLineAndPasswordsHoldNoControlCharacter() {
        Map<String, String> refusals = Map.of(
                "/v1/rooms/" + roomId + "/members", "{\"userRef\": \"u-2\", \"displayName\": \"Ada\\nERROR forged\", \"role\": \"PARTICIPANT\"}",
                "/v1/rooms/" + roomId + "/tokens", "{\"userRef\": \"u-3\", \"displayName\": \"Ada\\r\\nERROR forged\", \"role\": \"PARTICIPANT\"}",
                "/v1/rooms/" + roomId + "/links", "{\"password\": \"pass\\u0000word\"}");
        refusals.forEach((path, body) -> {
            Answer refused = tenant.api().post(path, body);
            assertProblem(refused, 400, "VALIDATION_FAILED");
            assertEquals("INVALID_CHARACTER", refused.errors().get(0).get("code"), path + " " + refused.body());
        });
        Answer password = tenant.api().send("PUT", "/v1/rooms/" + roomId + "/password", "{\"password\": \"pass\\tword\"}",
                "application/json");
        assertProblem(password, 400, "VALIDATION_FAILED");
        assertEquals(List.of("password:INVALID_CHARACTER"), password.fieldErrors());

        String link = tenant.api().post("/v1/rooms/" + roomId + "/links", "{}").text("token");
        Answer guestName = tenants.anonymous().post("/v1/links/" + link + "/guests", "{\"displayName\": \"Eve\\nERROR x\"}");
        Answer unusedPassword = tenants.anonymous().post("/v1/links/" + link + "/guests",
                "{\"displayName\": \"Eve\", \"password\": \"\\u0000\"}");
        assertEquals(List.of("displayName:INVALID_CHARACTER"), guestName.fieldErrors());
        assertEquals(List.of("password:INVALID_CHARACTER"), unusedPassword.fieldErrors());
    }

    @Test
    void anOverlongFormIsRefusedNotDecoded() {
        Answer overlong = tenant.api().sendBytes("POST", "/v1/rooms", utf8("{\"name\": \"a", 0xC0, 0xAF, "b\"}"),
                "application/json");

        assertProblem(overlong, 400, "MALFORMED_UTF8");
        assertEquals(1, ((List<?>) tenant.api().get("/v1/rooms").value("items")).size());
    }

    @Test
    void invalidBytesTruncatedSequencesAndEncodedSurrogatesAreRefused() {
        for (int[] bytes : new int[][] {{0xFF}, {0xE2, 0x82}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0x80}}) {
            Answer refused = guest.api().sendBytes("POST", messages(), utf8("{\"text\": \"a", bytes, "\"}"), "application/json");
            assertProblem(refused, 400, "MALFORMED_UTF8");
        }
        assertEquals(List.of(), storedMessages());
    }

    @Test
    void aTokenWhoseHeaderNamesAKeyWithANulIsUnauthenticatedOnEveryTokenRoute() {
        String header = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"\\u0000\"}");
        String token = header + "." + base64Url("{}") + ".c2lnbmF0dXJl";

        Answer join = tenants.anonymous().withBearer(token).post("/v1/rooms/" + roomId + "/sessions", "{}");
        Answer session = tenants.anonymous().withBearer(token).get("/v1/rooms/" + roomId + "/sessions/self");
        Answer chat = tenants.anonymous().withBearer(token).post(messages(), "{\"text\": \"hi\"}");
        Answer introspected = tenant.api().post("/v1/tokens/introspect", "{\"token\": \"" + token + "\"}");

        for (Answer refused : List.of(join, session, chat)) {
            assertProblem(refused, 401, "UNAUTHENTICATED");
        }
        assertEquals(200, introspected.status(), introspected.body());
        assertEquals(false, introspected.value("active"));
    }

    private Object storedMessages() {
        return tenant.api().get(messages() + "?after=0&timeout=0").value("items");
    }

    private String messages() {
        return "/v1/rooms/" + roomId + "/messages";
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String before, int[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : raw) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] utf8(String before, int first, int second, String after) {
        return utf8(before, new int[] {first, second}, after);
    }
}
