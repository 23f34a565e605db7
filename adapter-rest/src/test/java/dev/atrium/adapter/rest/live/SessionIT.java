package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.InMemoryUseCaseFactory;
import dev.atrium.adapter.rest.support.LiveRooms;
import dev.atrium.adapter.rest.support.LiveRooms.Session;
import dev.atrium.adapter.rest.support.NonCanonicalForms;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import dev.atrium.domain.live.SessionGrant;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entering a room with a join token, and a participant's own session with its credential. */
@MicronautTest
class SessionIT {
    private static final String SESSION_CHALLENGE = "Bearer realm=\"atrium\", error=\"invalid_token\"";

    @Inject
    TestTenants tenants;
    @Inject
    JsonMapper json;

    private TestTenant tenant;
    private LiveRooms live;
    private String roomId;

    @BeforeEach
    void newRoom() {
        tenant = tenants.create();
        live = new LiveRooms(tenants, tenant);
        roomId = live.room("{\"externalId\": \"standup\"}");
    }

    @Test
    void aJoinTokenEntersTheRoomAndGetsASessionCredential() {
        Answer entered = live.enter(roomId, live.token(roomId, "u-1", "PARTICIPANT"));

        assertEquals(201, entered.status(), entered.body());
        assertEquals("no-store", entered.header("Cache-Control"));
        assertTrue(entered.text("participantId").startsWith("pt_"), entered.body());
        assertEquals("atrium-session+jwt", jwtHeader(entered.text("credential")).get("typ"), "the adapter's codec signs it");
        assertEquals(InMemoryUseCaseFactory.NOW.plus(SessionGrant.LIFETIME).toString(), entered.text("credentialExpiresAt"));
        assertEquals("PARTICIPANT", entered.text("role"));
        assertEquals("ADMITTED", entered.text("status"));
        assertEquals(roomId, entered.text("room.id"));
        assertEquals("standup", entered.text("room.externalId"));
        assertEquals("ACTIVE", entered.text("room.status"));
        assertEquals(topology("MESH", null, "MESH"), entered.value("topology"));
        assertEquals(entered.value("room.topology"), entered.value("topology"));
        List<Map<String, Object>> people = participants(entered);
        assertEquals(1, people.size());
        assertEquals(entered.text("participantId"), people.get(0).get("participantId"));
        assertEquals("u-1", people.get(0).get("userRef"));
        assertEquals(Map.of("microphone", false, "camera", false, "screen", false, "chat", true), people.get(0).get("media"));
    }

    @Test
    void anUpgradedSessionShowsItsTopologyInUseOnTheSessionAndOnEveryReadOfTheRoom() {
        String upgrading = live.room("{\"topology\": {\"kind\": \"MESH\", \"autoUpgradeAt\": 2}}");
        Answer first = live.join(upgrading, "u-1", "PARTICIPANT").entered();
        Answer second = live.join(upgrading, "u-2", "PARTICIPANT").entered();
        Map<String, Object> upgraded = topology("MESH", 2, "SFU");

        Answer read = tenant.api().get("/v1/rooms/" + upgrading);
        Answer listed = tenant.api().get("/v1/rooms?status=ACTIVE");

        assertEquals("MESH", first.text("topology.kindInUse"), "one person is below the upgrade");
        assertEquals(upgraded, second.value("topology"));
        assertEquals(upgraded, second.value("room.topology"));
        assertEquals(upgraded, read.value("topology"));
        assertEquals(List.of(upgraded), ((List<?>) listed.value("items")).stream().map(room -> ((Map<?, ?>) room).get("topology")).toList());
    }

    /** A topology as the room and the session show it; {@code autoUpgradeAt} is {@code null} when not set. */
    private static Map<String, Object> topology(String kind, Integer autoUpgradeAt, String kindInUse) {
        Map<String, Object> topology = new LinkedHashMap<>();
        topology.put("kind", kind);
        topology.put("autoUpgradeAt", autoUpgradeAt);
        topology.put("kindInUse", kindInUse);
        return topology;
    }

    @Test
    void theRoomMayBeNamedByItsExternalId() {
        Answer entered = live.enter("standup", live.token(roomId, "u-1", "PARTICIPANT"));

        assertEquals(201, entered.status(), entered.body());
        String credential = entered.text("credential");
        assertEquals(200, tenants.anonymous().withBearer(credential).get("/v1/rooms/standup/sessions/self").status());
    }

    @Test
    void anEmptyBodyOrAPasswordDocumentMayComeWithTheJoinToken() {
        String token = live.token(roomId, "u-1", "PARTICIPANT");

        Answer entered = tenants.anonymous().withBearer(token).post("/v1/rooms/" + roomId + "/sessions", "{}");

        assertEquals(201, entered.status(), entered.body());
    }

    @Test
    void aBodyThatIsNoJoinDocumentIsRefused() {
        String token = live.token(roomId, "u-1", "PARTICIPANT");

        Answer unknown = tenants.anonymous().withBearer(token).post("/v1/rooms/" + roomId + "/sessions", "{\"colour\": 1}");
        Answer mistyped = tenants.anonymous().withBearer(token).post("/v1/rooms/" + roomId + "/sessions", "{\"password\": 1}");

        assertProblem(unknown, 400, "UNKNOWN_FIELD");
        assertProblem(mistyped, 400, "INVALID_FIELD_TYPE");
        assertEquals(201, live.enter(roomId, token).status(), "a refused body leaves the token unused");
    }

    @Test
    void aJoinTokenEntersOnce() {
        String token = live.token(roomId, "u-1", "PARTICIPANT");
        assertEquals(201, live.enter(roomId, token).status());

        assertProblem(live.enter(roomId, token), 409, "TOKEN_ALREADY_USED");
    }

    @Test
    void aJoinTokenForAnotherRoomIsRefused() {
        String other = live.room("{}");

        assertProblem(live.enter(roomId, live.token(other, "u-1", "PARTICIPANT")), 403, "TOKEN_FOR_ANOTHER_ROOM");
    }

    @Test
    void enteringARoomTheTenantDoesNotHaveIsNotFound() {
        assertProblem(live.enter("no-such-room", live.token(roomId, "u-1", "PARTICIPANT")), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void enteringTakesAJoinTokenAndNothingElse() {
        Session session = live.join(roomId, "u-1", "PARTICIPANT");
        String path = "/v1/rooms/" + roomId + "/sessions";

        Answer none = tenants.anonymous().post(path, null);
        Answer apiKey = tenant.api().post(path, null);
        Answer sessionCredential = live.enter(roomId, session.credential());
        Answer garbage = live.enter(roomId, "not-a-token");

        assertProblem(none, 401, "UNAUTHENTICATED");
        assertEquals("Bearer realm=\"atrium\"", none.header("WWW-Authenticate"));
        assertProblem(apiKey, 401, "UNAUTHENTICATED");
        assertProblem(sessionCredential, 401, "UNAUTHENTICATED");
        assertEquals(SESSION_CHALLENGE, sessionCredential.header("WWW-Authenticate"));
        assertProblem(garbage, 401, "UNAUTHENTICATED");
    }

    /** RFC 7235: the scheme is a case-insensitive token, for join tokens and session credentials alike. */
    @ParameterizedTest
    @ValueSource(strings = {"bearer", "BEARER", "bEaReR"})
    void theBearerSchemeIsReadWithoutRegardToCase(String scheme) {
        String token = live.token(roomId, "u-1", "PARTICIPANT");

        Answer entered = tenants.anonymous().withAuthorization(scheme + " " + token)
                .post("/v1/rooms/" + roomId + "/sessions", null);
        Answer self = tenants.anonymous().withAuthorization(scheme + " " + entered.text("credential"))
                .get("/v1/rooms/" + roomId + "/sessions/self");

        assertEquals(201, entered.status(), entered.body());
        assertEquals(200, self.status(), self.body());
    }

    @Test
    void aJoinTokenOrACredentialRewrittenOutOfItsCanonicalFormIsRefused() {
        String token = live.token(roomId, "u-1", "PARTICIPANT");

        Answer rewrittenToken = live.enter(roomId, NonCanonicalForms.SPARE_BIT.apply(token));
        Answer entered = live.enter(roomId, token);
        Answer rewrittenCredential = tenants.anonymous()
                .withBearer(NonCanonicalForms.PADDING.apply(entered.text("credential")))
                .get("/v1/rooms/" + roomId + "/sessions/self");

        assertProblem(rewrittenToken, 401, "UNAUTHENTICATED");
        assertEquals(SESSION_CHALLENGE, rewrittenToken.header("WWW-Authenticate"));
        assertEquals(201, entered.status(), "the token as issued was left unused");
        assertProblem(rewrittenCredential, 401, "UNAUTHENTICATED");
    }

    @Test
    void theSessionEndpointsTakeASessionCredentialAndNothingElse() {
        String token = live.token(roomId, "u-2", "PARTICIPANT");
        String self = "/v1/rooms/" + roomId + "/sessions/self";

        Answer joinToken = tenants.anonymous().withBearer(token).get(self);
        Answer apiKey = tenant.api().get(self);
        Answer none = tenants.anonymous().get(self);

        assertProblem(joinToken, 401, "UNAUTHENTICATED");
        assertEquals(SESSION_CHALLENGE, joinToken.header("WWW-Authenticate"));
        assertProblem(apiKey, 401, "UNAUTHENTICATED");
        assertProblem(none, 401, "UNAUTHENTICATED");
        assertEquals(201, live.enter(roomId, token).status(), "a join token refused as a credential stays unused");
    }

    @Test
    void theSessionReadsItselfWithAFreshCredential() {
        Session session = live.join(roomId, "u-1", "MODERATOR");

        Answer self = session.api().get("/v1/rooms/" + roomId + "/sessions/self");

        assertEquals(200, self.status(), self.body());
        assertEquals("no-store", self.header("Cache-Control"));
        assertEquals(session.participantId(), self.text("participantId"));
        assertEquals("MODERATOR", self.text("role"));
        assertNotNull(self.text("credential"));
        assertEquals(roomId, self.text("room.id"));
    }

    @Test
    void aPingAnswersTheParticipantWithACredentialThatWorksAndNotTheWholeRoom() {
        Session session = live.join(roomId, "u-1", "PARTICIPANT");

        Answer ping = session.api().post("/v1/rooms/" + roomId + "/sessions/self/ping", null);

        assertEquals(200, ping.status(), ping.body());
        assertEquals("ADMITTED", ping.text("participant.status"));
        assertFalse(ping.body().contains("\"participants\""), ping.body());
        assertEquals("no-store", ping.header("Cache-Control"));
        Answer again = tenants.anonymous().withBearer(ping.text("credential")).get("/v1/rooms/" + roomId + "/sessions/self");
        assertEquals(200, again.status(), again.body());
    }

    @Test
    void aSessionReachesItsOwnRoomOnly() {
        Session session = live.join(roomId, "u-1", "MODERATOR");
        String other = live.room("{\"externalId\": \"other\"}");

        assertProblem(session.api().get("/v1/rooms/" + other + "/sessions/self"), 403, "PERMISSION_DENIED");
        assertProblem(session.api().get("/v1/rooms/other/sessions/self"), 403, "PERMISSION_DENIED");
        assertProblem(session.api().get("/v1/rooms/no-such-room/sessions/self"), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void leavingEndsTheSession() {
        Session session = live.join(roomId, "u-1", "PARTICIPANT");

        Answer left = session.api().delete("/v1/rooms/" + roomId + "/sessions/self");

        assertEquals(204, left.status(), left.body());
        assertProblem(session.api().get("/v1/rooms/" + roomId + "/sessions/self"), 404, "PARTICIPANT_NOT_FOUND");
        assertProblem(session.api().delete("/v1/rooms/" + roomId + "/sessions/self"), 404, "PARTICIPANT_NOT_FOUND");
    }

    @Test
    void joiningAndLeavingTheCall() {
        Session session = live.join(roomId, "u-1", "PARTICIPANT");
        String call = "/v1/rooms/" + roomId + "/sessions/self/call";

        Answer joined = session.api().post(call, null);
        Answer left = session.api().delete(call);

        assertEquals(200, joined.status(), joined.body());
        assertEquals(true, joined.value("inCall"));
        assertEquals(session.participantId(), joined.text("participantId"));
        assertEquals(200, left.status(), left.body());
        assertEquals(false, left.value("inCall"));
    }

    @Test
    void mediaChangesOnlyTheFlagsItNames() {
        Session session = live.join(roomId, "u-1", "PARTICIPANT");
        session.api().post("/v1/rooms/" + roomId + "/sessions/self/call", null);
        String media = "/v1/rooms/" + roomId + "/sessions/self/media";

        Answer on = session.api().patch(media, "{\"microphone\": true, \"camera\": true}");
        Answer off = session.api().send("PATCH", media, "{\"camera\": false, \"chat\": null}", "application/json");

        assertEquals(200, on.status(), on.body());
        assertEquals(Map.of("microphone", true, "camera", true, "screen", false, "chat", true), on.value("media"));
        assertEquals(200, off.status(), off.body());
        assertEquals(Map.of("microphone", true, "camera", false, "screen", false, "chat", true), off.value("media"));
    }

    @Test
    void theMediaDocumentIsCheckedLikeTheRoomDocument() {
        Session session = live.join(roomId, "u-1", "PARTICIPANT");
        String media = "/v1/rooms/" + roomId + "/sessions/self/media";

        Answer unknown = session.api().patch(media, "{\"screen\": true}");
        Answer mistyped = session.api().patch(media, "{\"microphone\": \"yes\"}");
        Answer malformed = session.api().patch(media, "[true]");

        assertProblem(unknown, 400, "UNKNOWN_FIELD");
        assertEquals(List.of("screen:UNKNOWN_FIELD"), unknown.fieldErrors());
        assertProblem(mistyped, 400, "INVALID_FIELD_TYPE");
        assertEquals(List.of("microphone:INVALID_FIELD_TYPE"), mistyped.fieldErrors());
        assertProblem(malformed, 400, "MALFORMED_JSON");
    }

    @Test
    void mediaNeedsTheCall() {
        Session session = live.join(roomId, "u-1", "PARTICIPANT");

        assertProblem(session.api().patch("/v1/rooms/" + roomId + "/sessions/self/media", "{\"microphone\": true}"),
                409, "NOT_IN_CALL");
    }

    @Test
    void sharingTheScreenAndTakingItOver() {
        Session first = live.join(roomId, "u-1", "PARTICIPANT");
        Session moderator = live.join(roomId, "u-2", "MODERATOR");
        first.api().post("/v1/rooms/" + roomId + "/sessions/self/call", null);
        moderator.api().post("/v1/rooms/" + roomId + "/sessions/self/call", null);
        String screen = "/v1/rooms/" + roomId + "/sessions/self/screen";

        Answer shared = first.api().post(screen, null);
        Answer refused = moderator.api().post(screen, "{\"takeOver\": false}");
        Answer takenOver = moderator.api().post(screen, "{\"takeOver\": true}");
        Answer stopped = moderator.api().delete(screen);

        assertEquals(200, shared.status(), shared.body());
        assertEquals(true, shared.value("media.screen"));
        assertProblem(refused, 409, "PRESENTER_EXISTS");
        assertEquals(200, takenOver.status(), takenOver.body());
        assertEquals(true, takenOver.value("media.screen"));
        assertEquals(200, stopped.status(), stopped.body());
        assertEquals(false, stopped.value("media.screen"));
        assertProblem(moderator.api().post(screen, "{\"takeover\": true}"), 400, "UNKNOWN_FIELD");
    }

    @Test
    void raisingAndLoweringTheHand() {
        Session session = live.join(roomId, "u-1", "PARTICIPANT");
        String hand = "/v1/rooms/" + roomId + "/sessions/self/hand";

        Answer raised = session.api().post(hand, null);
        Answer lowered = session.api().delete(hand);

        assertEquals(200, raised.status(), raised.body());
        assertEquals(true, raised.value("handRaised"));
        assertEquals(200, lowered.status(), lowered.body());
        assertEquals(false, lowered.value("handRaised"));
    }

    @Test
    void aPersonInTheLobbyIsNotYetAdmitted() {
        String knocking = live.room("{\"access\": {\"knock\": true}}");
        live.join(knocking, "u-0", "MODERATOR");
        Session waiting = live.join(knocking, "u-1", "PARTICIPANT");

        assertEquals("KNOCKING", waiting.entered().text("status"));
        assertProblem(waiting.api().post("/v1/rooms/" + knocking + "/sessions/self/call", null), 409, "NOT_ADMITTED");
    }

    private Map<String, Object> jwtHeader(String jwt) {
        byte[] header = Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.')));
        try {
            return json.readValue(header, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> participants(Answer answer) {
        return (List<Map<String, Object>>) answer.value("participants");
    }
}
