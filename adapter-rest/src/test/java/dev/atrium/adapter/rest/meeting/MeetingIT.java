package dev.atrium.adapter.rest.meeting;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.application.fakes.InMemoryEventOutbox;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Booking a meeting, reading it and each kind of update, with the invitations they record and the
 * problems they answer. The clock stands at 2030-01-01T08:00Z; meetings start a month later.
 */
@MicronautTest
class MeetingIT {
    private static final String PLANNING = """
            {"name": "Planning", "description": "Budget 2031",
             "startsAt": "2030-02-01T09:00:00Z", "durationMinutes": 60,
             "limits": {"participants": 10}, "access": {"knock": true},
             "members": [
               {"userRef": "ann", "displayName": "Ann", "email": "ann@example.com", "role": "OWNER"},
               {"userRef": "ben", "displayName": "Ben", "email": "ben@example.com"},
               {"userRef": "cid", "displayName": "Cid"}]}
            """;

    @Inject
    TestTenants tenants;
    @Inject
    InMemoryEventOutbox outbox;

    private ApiClient api;

    @BeforeEach
    void newTenant() {
        api = tenants.create().api();
    }

    private String book() {
        Answer booked = api.post("/v1/meetings", PLANNING);
        assertEquals(201, booked.status(), booked.body());
        return booked.text("room.id");
    }

    private List<InvitationIssued> invitations(String roomId) {
        return outbox.all().stream()
                .filter(event -> event.roomId().value().equals(roomId))
                .map(event -> event.event())
                .filter(InvitationIssued.class::isInstance)
                .map(InvitationIssued.class::cast)
                .toList();
    }

    private List<String> invited(String roomId) {
        return invitations(roomId).stream().map(invitation -> invitation.userRef().value()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> members(Answer meeting) {
        return ((List<Map<String, Object>>) meeting.value("members")).stream()
                .map(attendee -> (String) attendee.get("userRef")).toList();
    }

    @Test
    void bookingAnswersCreatedWithTheRoomAndItsAttendeesAndInvitesThoseWithAnEmail() {
        Answer booked = api.post("/v1/meetings", PLANNING);

        assertEquals(201, booked.status(), booked.body());
        String id = booked.text("room.id");
        assertEquals("/v1/meetings/" + id, booked.header("Location"));
        assertEquals("\"0\"", booked.header("ETag"));
        assertEquals("Planning", booked.text("room.name"));
        assertEquals("Budget 2031", booked.text("room.description"));
        assertEquals("SCHEDULED", booked.text("room.schedule.kind"));
        assertEquals("2030-02-01T10:00:00Z", booked.text("room.schedule.endsAt"));
        assertEquals(10, ((Number) booked.value("room.limits.participants")).intValue());
        assertEquals(Boolean.TRUE, booked.value("room.access.knock"));
        assertEquals(List.of("ann", "ben", "cid"), members(booked));
        assertEquals(Map.of("userRef", "cid", "displayName", "Cid", "role", "PARTICIPANT", "addedAt", "2030-01-01T08:00:00Z"),
                withoutNulls(((List<Map<String, Object>>) booked.value("members")).get(2)));
        assertEquals(List.of("ann", "ben"), invited(id));
        assertEquals(new InvitationIssued(new dev.atrium.domain.member.UserRef("ben"), "Ben", "ben@example.com",
                "Planning", "Budget 2031", Instant.parse("2030-02-01T09:00:00Z"), 60), invitations(id).get(1));
    }

    @Test
    void aMeetingReadsAsItWasBookedAndIsAlsoARoom() {
        Answer booked = api.post("/v1/meetings", PLANNING);
        String id = booked.text("room.id");

        Answer read = api.get("/v1/meetings/" + id);

        assertEquals(200, read.status(), read.body());
        assertEquals(booked.body(), read.body());
        assertEquals("\"0\"", read.header("ETag"));
        assertEquals(200, api.get("/v1/rooms/" + id).status());
        assertEquals(3, ((List<?>) api.get("/v1/rooms/" + id + "/members").value("items")).size());
    }

    @Test
    void onlyAScheduledRoomIsAMeeting() {
        String permanent = api.post("/v1/rooms", "{}").text("id");

        assertProblem(api.get("/v1/meetings/" + permanent), 404, "MEETING_NOT_FOUND");
        assertProblem(api.patch("/v1/meetings/" + permanent, "{\"update\": \"NAME\", \"name\": \"Now\"}"), 404,
                "MEETING_NOT_FOUND");
        assertProblem(api.get("/v1/meetings/rm_01JKQ3ZC5X7D2M8N4P6R9S1T3V"), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void aBookingNamesEveryMistakeInTheMeetingsFields() {
        Answer noTime = api.post("/v1/meetings", "{\"name\": \"Planning\"}");
        Answer badAttendee = api.post("/v1/meetings", """
                {"startsAt": "2030-02-01T09:00:00Z", "durationMinutes": 30,
                 "members": [{"userRef": "ann", "email": "ann-at-example"}]}
                """);
        Answer past = api.post("/v1/meetings", "{\"startsAt\": \"2029-12-01T09:00:00Z\", \"durationMinutes\": 30}");

        assertProblem(noTime, 400, "VALIDATION_FAILED");
        assertEquals(List.of("startsAt:REQUIRED", "durationMinutes:REQUIRED"), noTime.fieldErrors());
        assertProblem(badAttendee, 400, "VALIDATION_FAILED");
        assertEquals(List.of("members[0].displayName:REQUIRED", "members[0].email:INVALID_FORMAT"), badAttendee.fieldErrors());
        assertProblem(past, 400, "VALIDATION_FAILED");
        assertEquals(List.of("startsAt:OUT_OF_RANGE"), past.fieldErrors());
    }

    @Test
    void aBookingIsCheckedLikeEveryDocument() {
        Answer unknown = api.post("/v1/meetings", "{\"date\": \"2030-02-01\"}");
        Answer readOnly = api.post("/v1/meetings", "{\"room\": {}, \"members\": [{\"userRef\": \"a\", \"addedAt\": \"x\"}]}");
        Answer mistyped = api.post("/v1/meetings", "{\"durationMinutes\": \"60\", \"members\": {}}");

        assertProblem(unknown, 400, "UNKNOWN_FIELD");
        assertEquals(List.of("date:UNKNOWN_FIELD"), unknown.fieldErrors());
        assertProblem(readOnly, 400, "READ_ONLY_FIELD");
        assertEquals(List.of("room:READ_ONLY_FIELD", "members[0].addedAt:READ_ONLY_FIELD"), readOnly.fieldErrors());
        assertProblem(mistyped, 400, "INVALID_FIELD_TYPE");
        assertEquals(List.of("durationMinutes:INVALID_FIELD_TYPE", "members:INVALID_FIELD_TYPE"), mistyped.fieldErrors());
    }

    @Test
    void aNameUpdateRenamesTheMeetingAndInvitesNobody() {
        String id = book();

        Answer updated = api.patch("/v1/meetings/" + id, "{\"update\": \"NAME\", \"name\": \"Planning 2031\"}");

        assertEquals(200, updated.status(), updated.body());
        assertEquals("Planning 2031", updated.text("room.name"));
        assertEquals("\"1\"", updated.header("ETag"));
        assertEquals(List.of("ann", "ben"), invited(id), "only the booking's invitations");
    }

    @Test
    void anAgendaUpdateChangesOnlyTheAgenda() {
        String id = book();

        Answer cleared = api.patch("/v1/meetings/" + id, "{\"update\": \"DESCRIPTION\", \"description\": \"\"}");

        assertEquals(200, cleared.status(), cleared.body());
        assertNull(cleared.value("room.description"));
        assertEquals("Planning", cleared.text("room.name"));
    }

    @Test
    void aWhenUpdateMovesTheMeetingAndInvitesEveryoneAgainWithTheNewTime() {
        String id = book();

        Answer moved = api.patch("/v1/meetings/" + id, "{\"update\": \"WHEN\", \"startsAt\": \"2030-02-02T09:00:00Z\"}");

        assertEquals(200, moved.status(), moved.body());
        assertEquals("2030-02-02T10:00:00Z", moved.text("room.schedule.endsAt"));
        assertEquals(List.of("ann", "ben", "ann", "ben"), invited(id));
        assertEquals(Instant.parse("2030-02-02T09:00:00Z"), invitations(id).get(3).startsAt());
    }

    @Test
    void aMeetingCannotMoveInItsLastFifteenMinutes() {
        Answer soon = api.post("/v1/meetings", "{\"startsAt\": \"2030-01-01T08:10:00Z\", \"durationMinutes\": 30}");
        String id = soon.text("room.id");

        Answer moved = api.patch("/v1/meetings/" + id, "{\"update\": \"WHEN\", \"startsAt\": \"2030-01-01T09:00:00Z\"}");
        Answer longer = api.patch("/v1/meetings/" + id, "{\"update\": \"WHEN\", \"durationMinutes\": 45}");

        assertProblem(moved, 409, "RESCHEDULE_TOO_LATE");
        assertEquals(200, longer.status(), "the start stays, so the rule of moving does not apply: " + longer.body());
    }

    @Test
    void membersAreReplacedTheNewInvitedTheMissingRemovedAndTheOwnerKept() {
        String id = book();

        Answer updated = api.patch("/v1/meetings/" + id, """
                {"update": "MEMBERS", "members": [
                  {"userRef": "ben", "displayName": "Ben", "email": "ben@example.com"},
                  {"userRef": "dot", "displayName": "Dot", "email": "dot@example.com", "role": "VIEWER"}]}
                """);

        assertEquals(200, updated.status(), updated.body());
        assertEquals(List.of("ann", "ben", "dot"), members(updated));
        assertEquals(List.of("ann", "ben", "dot"), invited(id));
        assertEquals("\"1\"", updated.header("ETag"));
    }

    @Test
    void anAllUpdateChangesEveryField() {
        String id = book();

        Answer updated = api.patch("/v1/meetings/" + id, """
                {"update": "ALL", "name": "Review", "startsAt": "2030-02-03T09:00:00Z", "durationMinutes": 30,
                 "members": [{"userRef": "eve", "displayName": "Eve", "email": "eve@example.com"}]}
                """);

        assertEquals(200, updated.status(), updated.body());
        assertEquals("Review", updated.text("room.name"));
        assertNull(updated.value("room.description"));
        assertEquals("2030-02-03T09:30:00Z", updated.text("room.schedule.endsAt"));
        assertEquals(List.of("ann", "eve"), members(updated));
        assertEquals(List.of("ann", "ben", "ann", "eve"), invited(id));
    }

    @Test
    void anUpdateGivesOnlyTheFieldsOfItsKind() {
        String id = book();

        Answer missing = api.patch("/v1/meetings/" + id, "{\"name\": \"No kind\"}");
        Answer unknownKind = api.patch("/v1/meetings/" + id, "{\"update\": \"member\"}");
        Answer foreign = api.patch("/v1/meetings/" + id, "{\"update\": \"NAME\", \"name\": \"T\", \"startsAt\": \"2030-02-02T09:00:00Z\"}");
        Answer empty = api.patch("/v1/meetings/" + id, "{\"update\": \"WHEN\"}");
        Answer badAttendee = api.patch("/v1/meetings/" + id, "{\"update\": \"MEMBERS\", \"members\": [{\"userRef\": \"x\", \"displayName\": \"X\", \"role\": \"OWNER\"}]}");

        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertEquals(List.of("update:REQUIRED"), missing.fieldErrors());
        assertProblem(unknownKind, 400, "VALIDATION_FAILED");
        assertEquals(List.of("update:INVALID_VALUE"), unknownKind.fieldErrors());
        assertProblem(foreign, 400, "VALIDATION_FAILED");
        assertEquals(List.of("startsAt:NOT_ALLOWED"), foreign.fieldErrors());
        assertProblem(empty, 400, "VALIDATION_FAILED");
        assertEquals(List.of("startsAt:REQUIRED", "durationMinutes:REQUIRED"), empty.fieldErrors());
        assertProblem(badAttendee, 400, "VALIDATION_FAILED");
        assertEquals(List.of("members[0].role:NOT_ALLOWED"), badAttendee.fieldErrors());
        assertEquals("\"0\"", api.get("/v1/meetings/" + id).header("ETag"), "nothing changed");
        assertEquals(List.of("ann", "ben"), invited(id));
    }

    @Test
    void ifMatchGuardsAnUpdateAgainstAStaleMeeting() {
        String id = book();

        Answer current = api.patch("/v1/meetings/" + id, "{\"update\": \"NAME\", \"name\": \"One\"}", "If-Match", "\"0\"");
        Answer stale = api.patch("/v1/meetings/" + id, "{\"update\": \"NAME\", \"name\": \"Two\"}", "If-Match", "\"0\"");
        Answer malformed = api.patch("/v1/meetings/" + id, "{\"update\": \"NAME\", \"name\": \"Two\"}", "If-Match", "zero");

        assertEquals(200, current.status(), current.body());
        assertProblem(stale, 412, "VERSION_MISMATCH");
        assertProblem(malformed, 400, "INVALID_PARAMETER");
        assertEquals("One", api.get("/v1/meetings/" + id).text("room.name"));
    }

    @Test
    void anEndedMeetingIsReadOnly() {
        String id = book();
        api.post("/v1/rooms/" + id + "/end", null);

        assertProblem(api.patch("/v1/meetings/" + id, "{\"update\": \"NAME\", \"name\": \"Late\"}"), 409, "ROOM_ENDED");
    }

    @Test
    void meetingsNeedAnApiKey() {
        assertProblem(tenants.anonymous().post("/v1/meetings", PLANNING), 401, "UNAUTHENTICATED");
        assertProblem(tenants.anonymous().get("/v1/meetings/rm_01JKQ3ZC5X7D2M8N4P6R9S1T3V"), 401, "UNAUTHENTICATED");
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> attendee) {
        return attendee.entrySet().stream().filter(entry -> entry.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
