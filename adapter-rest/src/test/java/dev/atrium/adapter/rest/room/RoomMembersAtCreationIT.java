package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
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

/**
 * A room's first members come with its creation ({@code members}), and only then: a ONE_TO_ONE room
 * is its pair's one room, so creating it again answers the existing room.
 */
@MicronautTest
class RoomMembersAtCreationIT {
    private static final String PAIR = """
            {"type": "ONE_TO_ONE", "members": [
              {"userRef": "ann", "displayName": "Ann", "email": "ann@example.com"},
              {"userRef": "ben", "displayName": "Ben"}]}
            """;
    private static final String SAME_PAIR_REVERSED = """
            {"type": "ONE_TO_ONE", "name": "Ignored", "members": [
              {"userRef": "ben", "displayName": "Ben"}, {"userRef": "ann", "displayName": "Ann"}]}
            """;

    @Inject
    TestTenants tenants;

    private ApiClient api;

    @BeforeEach
    void newTenant() {
        api = tenants.create().api();
    }

    @Test
    void aRoomStartsWithItsMembers() {
        String id = api.post("/v1/rooms", """
                {"members": [{"userRef": "olga", "displayName": "Olga", "role": "OWNER"},
                             {"userRef": "pia", "displayName": "Pia", "role": "VIEWER"}]}
                """).text("id");

        Answer members = api.get("/v1/rooms/" + id + "/members");

        assertEquals(200, members.status(), members.body());
        assertEquals(List.of(Map.of("userRef", "olga", "role", "OWNER"), Map.of("userRef", "pia", "role", "VIEWER")),
                userRefsAndRoles(members));
    }

    @Test
    void aOneToOneRoomIsCreatedOnceAndThenAnsweredAsItIs() {
        Answer created = api.post("/v1/rooms", PAIR);
        Answer again = api.post("/v1/rooms", SAME_PAIR_REVERSED);

        assertEquals(201, created.status(), created.body());
        assertEquals(200, again.status(), again.body());
        assertEquals(created.body(), again.body());
        assertEquals(created.header("ETag"), again.header("ETag"));
        assertNull(again.header("Location"), "nothing new was created");
        assertEquals(List.of(Map.of("userRef", "ann", "role", "OWNER"), Map.of("userRef", "ben", "role", "OWNER")),
                userRefsAndRoles(api.get("/v1/rooms/" + created.text("id") + "/members")));
    }

    @Test
    void anotherTenantsPairHasItsOwnRoom() {
        String ours = api.post("/v1/rooms", PAIR).text("id");

        Answer theirs = tenants.create().api().post("/v1/rooms", PAIR);

        assertEquals(201, theirs.status(), theirs.body());
        assertNotEquals(ours, theirs.text("id"));
    }

    @Test
    void aOneToOneRoomNeedsExactlyTwoDifferentOwners() {
        Answer one = api.post("/v1/rooms", "{\"type\": \"ONE_TO_ONE\", \"members\": [{\"userRef\": \"ann\", \"displayName\": \"Ann\"}]}");
        Answer none = api.post("/v1/rooms", "{\"type\": \"ONE_TO_ONE\"}");
        Answer twice = api.post("/v1/rooms", """
                {"type": "ONE_TO_ONE", "members": [{"userRef": "ann", "displayName": "Ann"},
                                                   {"userRef": "ann", "displayName": "Ann again"}]}
                """);
        Answer moderator = api.post("/v1/rooms", """
                {"type": "ONE_TO_ONE", "members": [{"userRef": "ann", "displayName": "Ann"},
                                                   {"userRef": "ben", "displayName": "Ben", "role": "MODERATOR"}]}
                """);

        assertProblem(one, 400, "VALIDATION_FAILED");
        assertEquals(List.of("members:REQUIRED"), one.fieldErrors());
        assertProblem(none, 400, "VALIDATION_FAILED");
        assertProblem(twice, 400, "VALIDATION_FAILED");
        assertEquals(List.of("members[1].userRef:INVALID_VALUE"), twice.fieldErrors());
        assertProblem(moderator, 400, "VALIDATION_FAILED");
        assertEquals(List.of("members[1].role:NOT_ALLOWED"), moderator.fieldErrors());
    }

    @Test
    void eachWrongMemberIsReportedWithItsIndex() {
        Answer answer = api.post("/v1/rooms", """
                {"members": [{"userRef": "ok", "displayName": "Fine"},
                             {"userRef": "", "displayName": "No ref", "role": "GUEST"}]}
                """);

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("members[1].userRef:INVALID_FORMAT", "members[1].role:NOT_ALLOWED"), answer.fieldErrors());
    }

    @Test
    void theMembersArrayIsCheckedLikeEveryDocument() {
        Answer notArray = api.post("/v1/rooms", "{\"members\": {\"userRef\": \"ann\"}}");
        Answer notObjects = api.post("/v1/rooms", "{\"members\": [\"ann\", null]}");
        Answer unknown = api.post("/v1/rooms", "{\"members\": [{\"userRef\": \"ann\", \"nick\": \"A\"}]}");
        Answer mistyped = api.post("/v1/rooms", "{\"members\": [{\"userRef\": 1}]}");

        assertProblem(notArray, 400, "INVALID_FIELD_TYPE");
        assertEquals(List.of("members:INVALID_FIELD_TYPE"), notArray.fieldErrors());
        assertProblem(notObjects, 400, "INVALID_FIELD_TYPE");
        assertEquals(List.of("members[0]:INVALID_FIELD_TYPE", "members[1]:INVALID_FIELD_TYPE"), notObjects.fieldErrors());
        assertProblem(unknown, 400, "UNKNOWN_FIELD");
        assertEquals(List.of("members[0].nick:UNKNOWN_FIELD"), unknown.fieldErrors());
        assertProblem(mistyped, 400, "INVALID_FIELD_TYPE");
        assertEquals(List.of("members[0].userRef:INVALID_FIELD_TYPE"), mistyped.fieldErrors());
    }

    @Test
    void membersAreNeverChangedByAPatchOfTheRoom() {
        String id = api.post("/v1/rooms", "{}").text("id");

        Answer replaced = api.patch("/v1/rooms/" + id, "{\"members\": [{\"userRef\": \"ann\", \"displayName\": \"Ann\"}]}");
        Answer removed = api.patch("/v1/rooms/" + id, "{\"members\": null, \"colour\": \"red\"}");

        assertProblem(replaced, 400, "CREATE_ONLY_FIELD");
        assertEquals(List.of("members:CREATE_ONLY_FIELD"), replaced.fieldErrors());
        assertProblem(removed, 400, "CREATE_ONLY_FIELD");
        assertEquals(List.of("members:CREATE_ONLY_FIELD", "colour:UNKNOWN_FIELD"), removed.fieldErrors());
        assertEquals("\"0\"", api.get("/v1/rooms/" + id).header("ETag"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> userRefsAndRoles(Answer members) {
        return ((List<Map<String, Object>>) members.value("items")).stream()
                .map(member -> Map.of("userRef", member.get("userRef"), "role", member.get("role")))
                .toList();
    }
}
