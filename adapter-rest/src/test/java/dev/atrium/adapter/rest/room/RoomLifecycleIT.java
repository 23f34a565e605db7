package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import dev.atrium.application.fakes.InMemoryRoomRepository;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.RoomStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every room endpoint's way to success, and the refusals that depend on the room's state or version. */
@MicronautTest
class RoomLifecycleIT {
    private static final String MEETING = """
            {"externalId": "standup-2030-02-01", "name": "Team standup", "description": "Daily",
             "schedule": {"kind": "SCHEDULED", "startsAt": "2030-02-01T09:00:00Z", "durationMinutes": 30},
             "limits": {"moderators": 2, "participants": 20},
             "access": {"knock": true}, "sip": {"enabled": true}, "metadata": {"team": "core", "tags": ["a", 1]}}
            """;

    @Inject
    TestTenants tenants;
    @Inject
    InMemoryRoomRepository rooms;

    private TestTenant tenant;
    private ApiClient api;

    @BeforeEach
    void newTenant() {
        tenant = tenants.create();
        api = tenant.api();
    }

    @Test
    void creatingARoomAnswersCreatedWithItsLocationEntityTagAndDocument() {
        Answer created = api.post("/v1/rooms", MEETING);

        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Content-Type").startsWith("application/json"));
        String id = created.text("id");
        assertTrue(id.startsWith("rm_"), id);
        assertEquals("/v1/rooms/" + id, created.header("Location"));
        assertEquals("\"0\"", created.header("ETag"));
        assertEquals(tenant.id().value(), created.text("tenantId"));
        assertEquals("standup-2030-02-01", created.text("externalId"));
        assertEquals("OPEN", created.text("status"));
        assertEquals(0, ((Number) created.value("version")).intValue());
        assertEquals("2030-01-01T08:00:00Z", created.text("createdAt"));
        assertEquals("2030-02-01T09:30:00Z", created.text("schedule.endsAt"));
        assertTrue(created.text("sip.meetingId").matches("[1-9][0-9]{9}"));
        assertTrue(created.text("sip.pin").matches("[0-9]{6}"));
        assertEquals(Map.of("team", "core", "tags", List.of("a", 1)), created.value("metadata"));
    }

    @Test
    void aRoomShowsEveryFieldWithItsDefaultAndNullForWhatItLacks() {
        Answer created = api.post("/v1/rooms", "{}");

        assertEquals(201, created.status(), created.body());
        Map<String, Object> room = created.json();
        assertEquals(List.of("id", "tenantId", "externalId", "name", "description", "type", "mode", "schedule",
                "topology", "limits", "media", "recording", "access", "lifetime", "sip", "metadata", "status", "createdAt",
                "updatedAt", "endedAt", "version"), List.copyOf(room.keySet()));
        assertNull(room.get("externalId"));
        assertNull(room.get("description"));
        assertNull(room.get("endedAt"));
        assertEquals("Room 2030-01-01 08:00 UTC", room.get("name"));
        assertEquals("GROUP", room.get("type"));
        assertEquals("GROUP", room.get("mode"));
        assertEquals(Map.of("moderators", 1, "participants", 100, "audiences", 0), room.get("limits"));
        assertEquals("PERMANENT", created.text("schedule.kind"));
        assertTrue(((Map<?, ?>) room.get("schedule")).containsKey("endsAt"));
        assertNull(created.value("schedule.endsAt"));
        assertEquals("SD", created.text("media.quality"));
        assertEquals(6, created.value("media.maxActiveTalkers"));
        assertNull(created.value("recording.live"));
        assertEquals(Boolean.FALSE, created.value("sip.enabled"));
        assertTrue(((Map<?, ?>) room.get("sip")).containsKey("pin"));
        assertNull(created.value("sip.pin"));
        assertEquals(Map.of(), room.get("metadata"));
        assertEquals("REFUSE", created.text("access.sameUser"));
        assertEquals(Map.of("unusedTimeoutSeconds", 300, "emptyTimeoutSeconds", 60, "soloTimeoutSeconds", 0,
                "maxDurationMinutes", 0), room.get("lifetime"));
    }

    @Test
    void aRoomIsReadByItsIdOrByItsExternalIdWithItsEntityTag() {
        String id = api.post("/v1/rooms", MEETING).text("id");

        Answer byId = api.get("/v1/rooms/" + id);
        Answer byExternalId = api.get("/v1/rooms/standup-2030-02-01");

        assertEquals(200, byId.status(), byId.body());
        assertEquals("\"0\"", byId.header("ETag"));
        assertEquals(200, byExternalId.status(), byExternalId.body());
        assertEquals(byId.body(), byExternalId.body());
    }

    @Test
    void aMergePatchChangesOnlyWhatItNamesAndMovesTheEntityTag() {
        Answer created = api.post("/v1/rooms", MEETING);

        Answer patched = api.patch("/v1/rooms/" + created.text("id"),
                "{\"name\": \"Weekly standup\", \"limits\": {\"participants\": 30}, \"metadata\": {\"tags\": null}}");

        assertEquals(200, patched.status(), patched.body());
        assertEquals("\"1\"", patched.header("ETag"));
        assertEquals(1, ((Number) patched.value("version")).intValue());
        assertEquals("Weekly standup", patched.text("name"));
        assertEquals(30, patched.value("limits.participants"));
        assertEquals(2, patched.value("limits.moderators"), "members left out of a nested object stay");
        assertEquals("Daily", patched.text("description"));
        assertEquals(Map.of("team", "core"), patched.value("metadata"), "null removes a metadata member");
        assertEquals(created.text("sip.pin"), patched.text("sip.pin"));
    }

    @Test
    void nullInAMergePatchResetsAFieldToItsDefault() {
        String id = api.post("/v1/rooms", MEETING).text("id");

        Answer patched = api.patch("/v1/rooms/" + id,
                "{\"description\": null, \"limits\": {\"participants\": null}, \"access\": null}");

        assertEquals(200, patched.status(), patched.body());
        assertNull(patched.value("description"));
        assertEquals(100, patched.value("limits.participants"), "the default participant limit");
        assertEquals(Boolean.FALSE, patched.value("access.knock"));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersionAndTheEntityTag() {
        String id = api.post("/v1/rooms", """
                {"description": "", "media": {"screenShare": false}, "access": {"knock": false},
                 "metadata": {"ratio": 1.5, "nested": {"empty": {}}}}
                """).text("id");

        Answer empty = api.patch("/v1/rooms/" + id, "{}");
        Answer same = api.patch("/v1/rooms/" + id, "{\"media\": {\"screenShare\": false}, \"metadata\": {\"ratio\": 1.5}}");

        assertEquals(200, empty.status(), empty.body());
        assertEquals("\"0\"", empty.header("ETag"));
        assertEquals(200, same.status(), same.body());
        assertEquals("\"0\"", same.header("ETag"));
        assertEquals(Boolean.FALSE, same.value("media.screenShare"));
    }

    @Test
    void aPatchMaySayItIsPlainJson() {
        String id = api.post("/v1/rooms", "{}").text("id");

        Answer patched = api.send("PATCH", "/v1/rooms/" + id, "{\"name\": \"Plain\"}", "application/json");

        assertEquals(200, patched.status(), patched.body());
        assertEquals("Plain", patched.text("name"));
    }

    @Test
    void ifMatchWithTheCurrentEntityTagLetsTheChangeThrough() {
        String id = api.post("/v1/rooms", "{}").text("id");

        Answer strong = api.patch("/v1/rooms/" + id, "{\"name\": \"One\"}", "If-Match", "\"0\"");
        Answer weak = api.patch("/v1/rooms/" + id, "{\"name\": \"Two\"}", "If-Match", "W/\"1\"");
        Answer any = api.patch("/v1/rooms/" + id, "{\"name\": \"Three\"}", "If-Match", "*");

        assertEquals(200, strong.status(), strong.body());
        assertEquals(200, weak.status(), weak.body());
        assertEquals(200, any.status(), any.body());
        assertEquals("\"3\"", any.header("ETag"));
    }

    @Test
    void ifMatchWithAnOlderEntityTagIsRefusedAndChangesNothing() {
        String id = api.post("/v1/rooms", "{}").text("id");
        api.patch("/v1/rooms/" + id, "{\"name\": \"Newer\"}");

        Answer stale = api.patch("/v1/rooms/" + id, "{\"name\": \"Lost update\"}", "If-Match", "\"0\"");

        assertProblem(stale, 412, "VERSION_MISMATCH");
        assertEquals("Newer", api.get("/v1/rooms/" + id).text("name"));
    }

    @Test
    void anIfMatchThatIsNoEntityTagIsAnInvalidParameter() {
        String id = api.post("/v1/rooms", "{}").text("id");

        Answer answer = api.patch("/v1/rooms/" + id, "{\"name\": \"x\"}", "If-Match", "0");

        assertProblem(answer, 400, "INVALID_PARAMETER");
        assertEquals(List.of("If-Match:INVALID_PARAMETER"), answer.fieldErrors());
    }

    @Test
    void changingTheTypeOfARoomIsRefusedAsImmutable() {
        String id = api.post("/v1/rooms", "{\"type\": \"PUBLIC\"}").text("id");

        Answer answer = api.patch("/v1/rooms/" + id, "{\"type\": \"GROUP\"}");

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("type:IMMUTABLE"), answer.fieldErrors());
    }

    @Test
    void endingARoomIsIdempotent() {
        String id = api.post("/v1/rooms", "{}").text("id");

        Answer ended = api.post("/v1/rooms/" + id + "/end", null);
        Answer again = api.post("/v1/rooms/" + id + "/end", null);

        assertEquals(200, ended.status(), ended.body());
        assertEquals("ENDED", ended.text("status"));
        assertEquals("2030-01-01T08:00:00Z", ended.text("endedAt"));
        assertEquals("\"1\"", ended.header("ETag"));
        assertEquals(200, again.status(), again.body());
        assertEquals(ended.body(), again.body());
        assertEquals("\"1\"", again.header("ETag"));
    }

    @Test
    void anEndedRoomCannotBeChanged() {
        String id = api.post("/v1/rooms", "{}").text("id");
        api.post("/v1/rooms/" + id + "/end", null);

        assertProblem(api.patch("/v1/rooms/" + id, "{\"name\": \"Too late\"}"), 409, "ROOM_ENDED");
    }

    @Test
    void aDeletedRoomIsGone() {
        String id = api.post("/v1/rooms", MEETING).text("id");

        Answer deleted = api.delete("/v1/rooms/" + id);

        assertEquals(204, deleted.status(), deleted.body());
        assertEquals("", deleted.body());
        assertProblem(api.get("/v1/rooms/" + id), 404, "ROOM_NOT_FOUND");
        assertProblem(api.get("/v1/rooms/standup-2030-02-01"), 404, "ROOM_NOT_FOUND");
        assertProblem(api.delete("/v1/rooms/" + id), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void deletingIsConditionalOnIfMatchToo() {
        String id = api.post("/v1/rooms", "{}").text("id");
        api.patch("/v1/rooms/" + id, "{\"name\": \"Newer\"}");

        assertProblem(api.delete("/v1/rooms/" + id, "If-Match", "\"0\""), 412, "VERSION_MISMATCH");
        assertEquals(204, api.delete("/v1/rooms/" + id, "If-Match", "\"1\"").status());
    }

    @Test
    void aRoomWithASessionRunningCannotBeDeleted() {
        String id = api.post("/v1/rooms", "{}").text("id");
        startSession(id);

        assertProblem(api.delete("/v1/rooms/" + id), 409, "ROOM_ACTIVE");
        assertEquals(200, api.get("/v1/rooms/" + id).status());
    }

    @Test
    void aRoomThatDoesNotExistIsNotFoundWhateverIsAsked() {
        String unknownId = "rm_01Q3E7TA00K2PN8DDP5S52VYJE";

        assertProblem(api.get("/v1/rooms/" + unknownId), 404, "ROOM_NOT_FOUND");
        assertProblem(api.get("/v1/rooms/no-such-room"), 404, "ROOM_NOT_FOUND");
        assertProblem(api.get("/v1/rooms/not%20even%20an%20id"), 404, "ROOM_NOT_FOUND");
        assertProblem(api.patch("/v1/rooms/" + unknownId, "{}"), 404, "ROOM_NOT_FOUND");
        assertProblem(api.delete("/v1/rooms/" + unknownId), 404, "ROOM_NOT_FOUND");
        assertProblem(api.post("/v1/rooms/" + unknownId + "/end", null), 404, "ROOM_NOT_FOUND");
    }

    /** No use case starts a session yet (signaling will); the store is told directly, as signaling would. */
    private void startSession(String id) {
        Room room = rooms.findById(tenant.id(), new RoomId(id)).orElseThrow();
        rooms.update(Room.reconstitute(room.id(), room.tenantId(), room.settings(), room.sip(), RoomStatus.ACTIVE,
                room.createdAt(), room.updatedAt(), null, room.version(), room.topologyInUse()));
    }
}
