package dev.atrium.adapter.rest.member;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** /v1/rooms/{id}/members: who has standing access to a room, and the refusals that protect owners and pairs. */
@MicronautTest
class MemberIT {
    private static final String OWNED_ROOM = """
            {"externalId": "board", "members": [{"userRef": "olga", "displayName": "Olga", "role": "OWNER"}]}
            """;

    @Inject
    TestTenants tenants;

    private ApiClient api;
    private String members;

    @BeforeEach
    void newTenantWithARoomAndItsOwner() {
        api = tenants.create().api();
        api.post("/v1/rooms", OWNED_ROOM);
        members = "/v1/rooms/board/members";
    }

    @Test
    void aMemberIsAddedWithItsRoleAndListedAfterTheOwner() {
        Answer added = api.post(members, """
                {"userRef": "bob", "displayName": "Bob", "email": "bob@example.com", "role": "moderator"}
                """);

        assertEquals(201, added.status(), added.body());
        assertEquals(Map.of("userRef", "bob", "displayName", "Bob", "email", "bob@example.com", "role", "MODERATOR",
                "addedAt", "2030-01-01T08:00:00Z"), added.json());
        Answer listed = api.get(members);
        assertEquals(200, listed.status(), listed.body());
        assertEquals(List.of("olga:OWNER", "bob:MODERATOR"), summary(listed));
    }

    @Test
    void aMemberWithoutRoleOrEmailIsAParticipantWithNullEmail() {
        Answer added = api.post(members, "{\"userRef\": \"carl\", \"displayName\": \"Carl\"}");

        assertEquals(201, added.status(), added.body());
        assertEquals("PARTICIPANT", added.text("role"));
        assertEquals(List.of("userRef", "displayName", "email", "role", "addedAt"), List.copyOf(added.json().keySet()));
        assertNull(added.value("email"));
    }

    @Test
    void aPercentEncodedUserRefAddressesItsMember() {
        String userRef = "ldap:uid=ana/ou=ops é";
        api.post(members, "{\"userRef\": \"" + userRef + "\", \"displayName\": \"Ana\"}");
        String path = members + "/" + URLEncoder.encode(userRef, StandardCharsets.UTF_8).replace("+", "%20");

        Answer patched = api.patch(path, "{\"role\": \"VIEWER\"}");
        Answer removed = api.delete(path);

        assertEquals(200, patched.status(), patched.body());
        assertEquals(userRef, patched.text("userRef"));
        assertEquals("VIEWER", patched.text("role"));
        assertEquals(204, removed.status(), removed.body());
        assertEquals(List.of("olga:OWNER"), summary(api.get(members)));
    }

    @Test
    void aPatchChangesWhatItNamesAndKeepsTheRest() {
        api.post(members, "{\"userRef\": \"bob\", \"displayName\": \"Bob\", \"email\": \"bob@example.com\"}");

        Answer patched = api.patch(members + "/bob", "{\"displayName\": \"Robert\", \"role\": null}");
        Answer plainJson = api.send("PATCH", members + "/bob", "{\"email\": \"\"}", "application/json");

        assertEquals(200, patched.status(), patched.body());
        assertEquals("Robert", patched.text("displayName"));
        assertEquals("PARTICIPANT", patched.text("role"));
        assertEquals("bob@example.com", patched.text("email"));
        assertEquals(200, plainJson.status(), plainJson.body());
        assertNull(plainJson.value("email"), "an empty e-mail removes it");
    }

    @Test
    void theOwnerCannotBeDemotedButMayBeRenamed() {
        assertProblem(api.patch(members + "/olga", "{\"role\": \"MODERATOR\"}"), 412, "OWNER_ROLE_FIXED");

        Answer renamed = api.patch(members + "/olga", "{\"displayName\": \"Olga K.\", \"role\": \"OWNER\"}");

        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("OWNER", renamed.text("role"));
    }

    @Test
    void theOwnerCannotBeRemoved() {
        assertProblem(api.delete(members + "/olga"), 403, "OWNER_NOT_REMOVABLE");

        assertEquals(List.of("olga:OWNER"), summary(api.get(members)));
    }

    @Test
    void nobodyIsMadeOwnerOrGuestAfterTheRoomIsCreated() {
        Answer owner = api.post(members, "{\"userRef\": \"eve\", \"displayName\": \"Eve\", \"role\": \"OWNER\"}");
        api.post(members, "{\"userRef\": \"bob\", \"displayName\": \"Bob\"}");
        Answer promoted = api.patch(members + "/bob", "{\"role\": \"OWNER\"}");
        Answer guest = api.post(members, "{\"userRef\": \"gus\", \"displayName\": \"Gus\", \"role\": \"GUEST\"}");

        assertProblem(owner, 400, "VALIDATION_FAILED");
        assertEquals(List.of("role:NOT_ALLOWED"), owner.fieldErrors());
        assertProblem(promoted, 400, "VALIDATION_FAILED");
        assertEquals(List.of("role:NOT_ALLOWED"), promoted.fieldErrors());
        assertProblem(guest, 400, "VALIDATION_FAILED");
    }

    @Test
    void everyWrongValueOfAMemberIsReportedWithItsField() {
        Answer answer = api.post(members, "{\"userRef\": \" padded \", \"email\": \"not-mail\", \"role\": \"KING\"}");

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("userRef:INVALID_FORMAT", "displayName:REQUIRED", "email:INVALID_FORMAT", "role:INVALID_VALUE"),
                answer.fieldErrors());
    }

    @Test
    void aSecondMemberWithTheSameUserRefIsAConflict() {
        assertProblem(api.post(members, "{\"userRef\": \"olga\", \"displayName\": \"Olga again\"}"), 409, "MEMBER_EXISTS");
    }

    @Test
    void aOneToOneRoomKeepsItsTwoMembers() {
        api.post("/v1/rooms", """
                {"externalId": "call", "type": "ONE_TO_ONE", "members": [
                  {"userRef": "ann", "displayName": "Ann"}, {"userRef": "ben", "displayName": "Ben"}]}
                """);

        assertProblem(api.post("/v1/rooms/call/members", "{\"userRef\": \"cid\", \"displayName\": \"Cid\"}"),
                409, "ONE_TO_ONE_MEMBERS_FIXED");
        assertProblem(api.delete("/v1/rooms/call/members/ann"), 409, "ONE_TO_ONE_MEMBERS_FIXED");
    }

    @Test
    void anEndedRoomTakesNoNewMembers() {
        api.post("/v1/rooms/board/end", null);

        assertProblem(api.post(members, "{\"userRef\": \"late\", \"displayName\": \"Late\"}"), 409, "ROOM_ENDED");
        assertProblem(api.patch(members + "/olga", "{\"displayName\": \"O\"}"), 409, "ROOM_ENDED");
    }

    @Test
    void unknownMembersAndRoomsAreNotFound() {
        assertProblem(api.patch(members + "/nobody", "{\"displayName\": \"N\"}"), 404, "MEMBER_NOT_FOUND");
        assertProblem(api.delete(members + "/nobody"), 404, "MEMBER_NOT_FOUND");
        assertProblem(api.get("/v1/rooms/no-such-room/members"), 404, "ROOM_NOT_FOUND");
        assertProblem(tenants.create().api().get(members), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void theMemberDocumentsAreCheckedLikeEveryOther() {
        assertProblem(api.post(members, "{\"userRef\": \"x\", \"addedAt\": \"2030-01-01T00:00:00Z\"}"), 400, "READ_ONLY_FIELD");
        assertProblem(api.patch(members + "/olga", "{\"userRef\": \"renamed\"}"), 400, "READ_ONLY_FIELD");
        assertProblem(api.post(members, "{\"userRef\": 7}"), 400, "INVALID_FIELD_TYPE");
        assertProblem(api.post(members, "{\"nick\": \"x\"}"), 400, "UNKNOWN_FIELD");
        assertProblem(api.post(members, "[]"), 400, "MALFORMED_JSON");
        assertProblem(api.send("POST", members, "userRef=x", "application/x-www-form-urlencoded"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api.send("PATCH", members + "/olga", "{}", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void membersNeedAnApiKey() {
        assertProblem(tenants.anonymous().get(members), 401, "UNAUTHENTICATED");
    }

    @SuppressWarnings("unchecked")
    private static List<String> summary(Answer list) {
        return ((List<Map<String, Object>>) list.value("items")).stream()
                .map(member -> member.get("userRef") + ":" + member.get("role"))
                .toList();
    }
}
