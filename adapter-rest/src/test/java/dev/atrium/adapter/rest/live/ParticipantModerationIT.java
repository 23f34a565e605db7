package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.LiveRooms;
import dev.atrium.adapter.rest.support.LiveRooms.Session;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.atrium.adapter.rest.live.LobbyIT.ids;
import static dev.atrium.adapter.rest.live.LobbyIT.items;
import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Who is in a room, and what a moderator (the tenant's service or a participant) does to one of them. */
@MicronautTest
class ParticipantModerationIT {
    @Inject
    TestTenants tenants;

    private TestTenant tenant;
    private LiveRooms live;
    private String roomId;
    private String path;

    @BeforeEach
    void newRoom() {
        tenant = tenants.create();
        live = new LiveRooms(tenants, tenant);
        roomId = live.room("{\"externalId\": \"town\", \"limits\": {\"moderators\": 3}}");
        path = "/v1/rooms/" + roomId + "/participants";
    }

    @Test
    void theServiceListsWhoIsIn() {
        Session alice = live.join(roomId, "u-1", "MODERATOR");
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");

        Answer listed = tenant.api().get("/v1/rooms/town/participants");

        assertEquals(200, listed.status(), listed.body());
        assertEquals(Set.of(alice.participantId(), bob.participantId()), Set.copyOf(ids(listed)));
        Map<String, Object> first = items(listed).stream()
                .filter(item -> item.get("participantId").equals(alice.participantId())).findFirst().orElseThrow();
        assertEquals("u-1", first.get("userRef"));
        assertEquals("Person u-1", first.get("displayName"));
        assertEquals("MODERATOR", first.get("role"));
        assertEquals("ADMITTED", first.get("status"));
        assertEquals(Map.of("microphone", false, "camera", false, "screen", false, "chat", true), first.get("media"));
        assertEquals(false, first.get("inCall"));
        assertEquals(false, first.get("handRaised"));
        assertEquals(false, first.get("publishingGranted"));
        assertNotNull(first.get("joinedAt"));
        assertNotNull(first.get("lastPingAt"));
    }

    @Test
    void aRoomThatIsNotActiveHasNobodyIn() {
        Answer listed = tenant.api().get(path);

        assertEquals(200, listed.status(), listed.body());
        assertEquals("{\"items\":[]}", listed.body().replace(" ", ""));
    }

    @Test
    void listingTakesTheApiKeyOnly() {
        Session moderator = live.join(roomId, "u-1", "MODERATOR");

        assertProblem(moderator.api().get(path), 401, "UNAUTHENTICATED");
        assertProblem(tenants.anonymous().get(path), 401, "UNAUTHENTICATED");
        assertProblem(tenant.api().get("/v1/rooms/no-such-room/participants"), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void removingAParticipantEndsTheirSession() {
        live.join(roomId, "u-0", "MODERATOR");
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");

        Answer removed = tenant.api().delete(path + "/" + bob.participantId() + "?ban=false");

        assertEquals(204, removed.status(), removed.body());
        assertProblem(bob.api().get("/v1/rooms/" + roomId + "/sessions/self"), 404, "PARTICIPANT_NOT_FOUND");
        assertEquals(201, live.enter(roomId, live.token(roomId, "u-2", "PARTICIPANT")).status(), "not banned");
    }

    @Test
    void aBanKeepsThePersonOut() {
        Session moderator = live.join(roomId, "u-0", "MODERATOR");
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");

        Answer banned = moderator.api().delete(path + "/" + bob.participantId() + "?ban=true");

        assertEquals(204, banned.status(), banned.body());
        assertProblem(live.enter(roomId, live.token(roomId, "u-2", "PARTICIPANT")), 403, "BANNED");
    }

    @Test
    void aParticipantWithoutThePermissionMayNotModerate() {
        Session alice = live.join(roomId, "u-1", "PARTICIPANT");
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");
        String bobPath = path + "/" + bob.participantId();

        assertProblem(alice.api().delete(bobPath), 403, "PERMISSION_DENIED");
        assertProblem(alice.api().patch(bobPath, "{\"role\": \"VIEWER\"}"), 403, "PERMISSION_DENIED");
        assertProblem(alice.api().post(bobPath + "/mute", null), 403, "PERMISSION_DENIED");
    }

    @Test
    void theOwnerCannotBeRemoved() {
        Session owner = live.join(roomId, "u-0", "OWNER");

        assertProblem(tenant.api().delete(path + "/" + owner.participantId()), 403, "OWNER_NOT_REMOVABLE");
    }

    @Test
    void changingARole() {
        Session moderator = live.join(roomId, "u-0", "MODERATOR");
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");

        Answer changed = moderator.api().patch(path + "/" + bob.participantId(), "{\"role\": \"moderator\"}");

        assertEquals(200, changed.status(), changed.body());
        assertEquals("MODERATOR", changed.text("role"));
    }

    @Test
    void aRoleChangeNamesARole() {
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");
        String bobPath = path + "/" + bob.participantId();

        Answer missing = tenant.api().patch(bobPath, "{}");
        Answer unknown = tenant.api().patch(bobPath, "{\"role\": \"KING\"}");
        Answer mistyped = tenant.api().patch(bobPath, "{\"role\": 1}");
        Answer extra = tenant.api().patch(bobPath, "{\"role\": \"VIEWER\", \"name\": \"Bobby\"}");

        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertEquals(List.of("role:REQUIRED"), missing.fieldErrors());
        assertProblem(unknown, 400, "VALIDATION_FAILED");
        assertEquals(List.of("role:INVALID_VALUE"), unknown.fieldErrors());
        assertProblem(mistyped, 400, "INVALID_FIELD_TYPE");
        assertProblem(extra, 400, "UNKNOWN_FIELD");
    }

    @Test
    void theOwnersRoleIsFixed() {
        Session owner = live.join(roomId, "u-0", "OWNER");

        assertProblem(tenant.api().patch(path + "/" + owner.participantId(), "{\"role\": \"VIEWER\"}"), 412, "OWNER_ROLE_FIXED");
    }

    @Test
    void mutingTurnsTheMicrophoneOff() {
        Session moderator = live.join(roomId, "u-0", "MODERATOR");
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");
        bob.api().post("/v1/rooms/" + roomId + "/sessions/self/call", null);
        bob.api().patch("/v1/rooms/" + roomId + "/sessions/self/media", "{\"microphone\": true}");

        Answer muted = moderator.api().post(path + "/" + bob.participantId() + "/mute", null);

        assertEquals(200, muted.status(), muted.body());
        assertEquals(false, muted.value("media.microphone"));
    }

    @Test
    void publishingIsGrantedInALectureOnly() {
        String lecture = live.room("{\"mode\": \"LECTURE\"}");
        live.join(lecture, "u-0", "MODERATOR");
        Session student = live.join(lecture, "u-2", "PARTICIPANT");
        String publishing = "/v1/rooms/" + lecture + "/participants/" + student.participantId() + "/publishing";
        Session groupMember = live.join(roomId, "u-3", "PARTICIPANT");

        Answer granted = tenant.api().send("PUT", publishing, null, null);
        Answer withdrawn = tenant.api().delete(publishing);
        Answer inAGroup = tenant.api().send("PUT", path + "/" + groupMember.participantId() + "/publishing", null, null);

        assertEquals(200, granted.status(), granted.body());
        assertEquals(true, granted.value("publishingGranted"));
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals(false, withdrawn.value("publishingGranted"));
        assertProblem(inAGroup, 409, "NOT_A_LECTURE");
    }

    @Test
    void moderatingSomebodyWhoIsNotThereIsNotFound() {
        live.join(roomId, "u-0", "MODERATOR");

        assertProblem(tenant.api().delete(path + "/pt_01JKQ48A2B3C4D5E6F7G8H9J0K"), 404, "PARTICIPANT_NOT_FOUND");
        assertProblem(tenant.api().post(path + "/nobody/mute", null), 404, "PARTICIPANT_NOT_FOUND");
    }

    @Test
    void banMustBeABoolean() {
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");

        assertProblem(tenant.api().delete(path + "/" + bob.participantId() + "?ban=maybe"), 400, "INVALID_PARAMETER");
    }

    @Test
    void aModeratorsSessionEndsTheRoomForEveryone() {
        Session moderator = live.join(roomId, "u-0", "MODERATOR");
        Session bob = live.join(roomId, "u-2", "PARTICIPANT");

        Answer refused = bob.api().post("/v1/rooms/" + roomId + "/end", null);
        Answer ended = moderator.api().post("/v1/rooms/town/end", null);

        assertProblem(refused, 403, "PERMISSION_DENIED");
        assertEquals(200, ended.status(), ended.body());
        assertEquals("ENDED", ended.text("status"));
        assertProblem(bob.api().get("/v1/rooms/" + roomId + "/sessions/self"), 404, "PARTICIPANT_NOT_FOUND");
    }

    @Test
    void endingTakesAnApiKeyOrASessionCredentialOfThatRoom() {
        Session moderator = live.join(roomId, "u-0", "MODERATOR");
        String other = live.room("{}");

        assertProblem(moderator.api().post("/v1/rooms/" + other + "/end", null), 403, "PERMISSION_DENIED");
        assertProblem(tenants.anonymous().withBearer(live.token(roomId, "u-5", "OWNER")).post("/v1/rooms/" + roomId + "/end", null),
                401, "UNAUTHENTICATED");
        assertEquals(200, tenant.api().post("/v1/rooms/" + other + "/end", null).status());
    }
}
