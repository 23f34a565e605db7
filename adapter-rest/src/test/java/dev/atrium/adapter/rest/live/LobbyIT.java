package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.InMemoryUseCaseFactory;
import dev.atrium.adapter.rest.support.LiveRooms;
import dev.atrium.adapter.rest.support.LiveRooms.Session;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import dev.atrium.application.fakes.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lobby of a knocking room, moderated with the API key or a moderator's session credential. */
@MicronautTest
class LobbyIT {
    @Inject
    TestTenants tenants;
    @Inject
    MutableClock clock;

    private TestTenant tenant;
    private LiveRooms live;
    private String roomId;
    private Session moderator;

    @BeforeEach
    void knockingRoomWithAModerator() {
        clock.set(InMemoryUseCaseFactory.NOW);
        tenant = tenants.create();
        live = new LiveRooms(tenants, tenant);
        roomId = live.room("{\"externalId\": \"lobby-room\", \"access\": {\"knock\": true}}");
        moderator = live.join(roomId, "u-mod", "MODERATOR");
    }

    @Test
    void theLobbyListsWhoKnocksInTheOrderTheyCame() {
        Session first = live.join(roomId, "u-1", "PARTICIPANT");
        clock.advance(Duration.ofSeconds(1));
        Session second = live.join(roomId, "u-2", "PARTICIPANT");

        Answer byKey = tenant.api().get("/v1/rooms/" + roomId + "/lobby");
        Answer bySession = moderator.api().get("/v1/rooms/lobby-room/lobby");

        assertEquals(200, byKey.status(), byKey.body());
        assertEquals(List.of(first.participantId(), second.participantId()), ids(byKey));
        assertEquals("KNOCKING", items(byKey).get(0).get("status"));
        assertEquals(200, bySession.status(), bySession.body());
        assertEquals(ids(byKey), ids(bySession));
    }

    @Test
    void admittingLetsTheParticipantIn() {
        Session knocking = live.join(roomId, "u-1", "PARTICIPANT");

        Answer admitted = tenant.api().post("/v1/rooms/" + roomId + "/lobby/" + knocking.participantId() + "/admit", null);

        assertEquals(200, admitted.status(), admitted.body());
        assertEquals("ADMITTED", admitted.text("status"));
        assertEquals(knocking.participantId(), admitted.text("participantId"));
        assertEquals(List.of(), ids(tenant.api().get("/v1/rooms/" + roomId + "/lobby")));
        assertProblem(tenant.api().post("/v1/rooms/" + roomId + "/lobby/" + knocking.participantId() + "/admit", null),
                409, "NOT_IN_LOBBY");
    }

    @Test
    void denyingEndsTheKnockersSession() {
        Session knocking = live.join(roomId, "u-1", "PARTICIPANT");

        Answer denied = moderator.api().post("/v1/rooms/" + roomId + "/lobby/" + knocking.participantId() + "/deny", null);

        assertEquals(204, denied.status(), denied.body());
        assertProblem(knocking.api().get("/v1/rooms/" + roomId + "/sessions/self"), 404, "PARTICIPANT_NOT_FOUND");
    }

    @Test
    void admittingEverybodyAnswersThoseAdmitted() {
        Session first = live.join(roomId, "u-1", "PARTICIPANT");
        clock.advance(Duration.ofSeconds(1));
        Session second = live.join(roomId, "u-2", "VIEWER");

        Answer admitted = moderator.api().post("/v1/rooms/" + roomId + "/lobby/admit-all", null);

        assertEquals(200, admitted.status(), admitted.body());
        assertEquals(List.of(first.participantId(), second.participantId()), ids(admitted));
        assertEquals("ADMITTED", items(admitted).get(1).get("status"));
    }

    @Test
    void aParticipantWithoutThePermissionMayNotModerateTheLobby() {
        Session knocking = live.join(roomId, "u-1", "PARTICIPANT");
        moderator.api().post("/v1/rooms/" + roomId + "/lobby/" + knocking.participantId() + "/admit", null);
        Session other = live.join(roomId, "u-2", "PARTICIPANT");

        assertProblem(knocking.api().get("/v1/rooms/" + roomId + "/lobby"), 403, "PERMISSION_DENIED");
        assertProblem(knocking.api().post("/v1/rooms/" + roomId + "/lobby/" + other.participantId() + "/admit", null),
                403, "PERMISSION_DENIED");
    }

    @Test
    void aModeratorsSessionModeratesItsOwnRoomOnly() {
        String other = live.room("{\"access\": {\"knock\": true}}");

        assertProblem(moderator.api().get("/v1/rooms/" + other + "/lobby"), 403, "PERMISSION_DENIED");
        assertProblem(moderator.api().post("/v1/rooms/" + other + "/lobby/admit-all", null), 403, "PERMISSION_DENIED");
    }

    @Test
    void unknownParticipantsAndRoomsAreNotFound() {
        String lobby = "/v1/rooms/" + roomId + "/lobby/";

        assertProblem(tenant.api().post(lobby + "pt_01JKQ48A2B3C4D5E6F7G8H9J0K/admit", null), 404, "PARTICIPANT_NOT_FOUND");
        assertProblem(tenant.api().post(lobby + "not-a-participant/deny", null), 404, "PARTICIPANT_NOT_FOUND");
        assertProblem(tenant.api().get("/v1/rooms/no-such-room/lobby"), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void theLobbyTakesAnApiKeyOrASessionCredential() {
        String token = live.token(roomId, "u-9", "MODERATOR");
        String lobby = "/v1/rooms/" + roomId + "/lobby";

        Answer none = tenants.anonymous().get(lobby);
        Answer joinToken = tenants.anonymous().withBearer(token).get(lobby);
        Answer otherTenant = tenants.create().api().get(lobby);

        assertProblem(none, 401, "UNAUTHENTICATED");
        assertEquals(List.of("Basic realm=\"atrium\", charset=\"UTF-8\"", "Bearer realm=\"atrium\""),
                none.headers().allValues("WWW-Authenticate"));
        assertProblem(joinToken, 401, "UNAUTHENTICATED");
        assertProblem(otherTenant, 404, "ROOM_NOT_FOUND");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Answer answer) {
        return (List<Map<String, Object>>) answer.value("items");
    }

    static List<Object> ids(Answer answer) {
        return items(answer).stream().map(item -> item.get("participantId")).toList();
    }
}
