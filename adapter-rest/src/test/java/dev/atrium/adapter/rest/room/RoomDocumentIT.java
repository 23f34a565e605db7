package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a room document may and may not hold: refused before the domain sees it when it is not JSON,
 * not the document's shape, too large or of another media type; refused by the domain, field by
 * field, when its values are wrong.
 */
@MicronautTest
class RoomDocumentIT {
    private static final int LIMIT = 64 * 1024;

    @Inject
    TestTenants tenants;

    private ApiClient api;

    @BeforeEach
    void newTenant() {
        api = tenants.create().api();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": ", "", "[]", "\"room\"", "null", "{} {}", "{\"name\": \"x\"} trailing", "{'name': 'x'}"})
    void aBodyThatIsNotOneJsonObjectIsMalformed(String body) {
        String id = api.post("/v1/rooms", "{}").text("id");

        assertProblem(api.post("/v1/rooms", body), 400, "MALFORMED_JSON");
        assertProblem(api.patch("/v1/rooms/" + id, body), 400, "MALFORMED_JSON");
    }

    @Test
    void aBodyNestedDeeperThanAThousandLevelsIsMalformed() {
        String deep = "{\"metadata\": {\"a\": " + "[".repeat(1001) + "]".repeat(1001) + "}}";

        assertProblem(api.post("/v1/rooms", deep), 400, "MALFORMED_JSON");
    }

    @Test
    void metadataNestedDeeperThanTheDomainAllowsIsAnInvalidValue() {
        Answer answer = api.post("/v1/rooms", "{\"metadata\": {\"a\": " + "[".repeat(40) + "]".repeat(40) + "}}");

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("metadata:INVALID_VALUE"), answer.fieldErrors());
    }

    @Test
    void enumValuesAreReadInAnyCase() {
        Answer created = api.post("/v1/rooms", "{\"type\": \"public\", \"media\": {\"quality\": \"hd\"}}");

        assertEquals(201, created.status(), created.body());
        assertEquals("PUBLIC", created.text("type"));
        assertEquals("HD", created.text("media.quality"));
    }

    @Test
    void aBodyThatIsMissingIsMalformed() {
        assertProblem(api.send("POST", "/v1/rooms", null, "application/json"), 400, "MALFORMED_JSON");
    }

    @Test
    void unknownFieldsAreRefusedWithTheirPaths() {
        Answer answer = api.post("/v1/rooms", "{\"colour\": \"red\", \"limits\": {\"maximum\": 3}, \"recording\": {\"live\": {\"fps\": 30}}}");

        assertProblem(answer, 400, "UNKNOWN_FIELD");
        assertEquals(List.of("colour:UNKNOWN_FIELD", "limits.maximum:UNKNOWN_FIELD", "recording.live.fps:UNKNOWN_FIELD"),
                answer.fieldErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "tenantId", "status", "version", "createdAt", "updatedAt", "endedAt",
            "schedule.endsAt", "topology.kindInUse", "sip.meetingId", "sip.pin"})
    void fieldsThatOnlyTheServerSetsCannotBeWritten(String path) {
        String id = api.post("/v1/rooms", "{}").text("id");
        String document = nested(path, "\"x\"");

        Answer created = api.post("/v1/rooms", document);
        Answer patched = api.patch("/v1/rooms/" + id, nested(path, "null"));

        assertProblem(created, 400, "READ_ONLY_FIELD");
        assertEquals(List.of(path + ":READ_ONLY_FIELD"), created.fieldErrors());
        assertProblem(patched, 400, "READ_ONLY_FIELD");
        assertEquals(List.of(path + ":READ_ONLY_FIELD"), patched.fieldErrors());
    }

    @Test
    void fieldsOfTheWrongJsonTypeAreRefusedWithTheirPaths() {
        Answer answer = api.post("/v1/rooms", """
                {"name": 5, "schedule": "soon", "metadata": [],
                 "limits": {"participants": "ten", "moderators": 2.5, "audiences": 4294967296},
                 "access": {"knock": "yes"}, "recording": {"roleBased": {"moderator": ["AUDIO"]}}}
                """);

        assertProblem(answer, 400, "INVALID_FIELD_TYPE");
        assertEquals(List.of("name:INVALID_FIELD_TYPE", "schedule:INVALID_FIELD_TYPE", "metadata:INVALID_FIELD_TYPE",
                "limits.participants:INVALID_FIELD_TYPE", "limits.moderators:INVALID_FIELD_TYPE",
                "limits.audiences:INVALID_FIELD_TYPE", "access.knock:INVALID_FIELD_TYPE",
                "recording.roleBased.moderator:INVALID_FIELD_TYPE"), answer.fieldErrors());
    }

    @Test
    void mistakesOfSeveralKindsAreAllListedAndTheProblemIsNamedAfterTheGravest() {
        Answer all = api.post("/v1/rooms", "{\"limits\": {\"participants\": \"ten\"}, \"colour\": \"red\", \"status\": \"OPEN\"}");
        Answer noReadOnly = api.post("/v1/rooms", "{\"limits\": {\"participants\": \"ten\"}, \"colour\": \"red\"}");

        assertProblem(all, 400, "READ_ONLY_FIELD");
        assertEquals(List.of("limits.participants:INVALID_FIELD_TYPE", "colour:UNKNOWN_FIELD", "status:READ_ONLY_FIELD"),
                all.fieldErrors());
        assertProblem(noReadOnly, 400, "UNKNOWN_FIELD");
    }

    @Test
    void aMergePatchIsCheckedLikeADocumentEvenWhereItRemovesValues() {
        String id = api.post("/v1/rooms", "{}").text("id");

        assertProblem(api.patch("/v1/rooms/" + id, "{\"colour\": null}"), 400, "UNKNOWN_FIELD");
        assertProblem(api.patch("/v1/rooms/" + id, "{\"limits\": {\"participants\": \"ten\"}}"), 400, "INVALID_FIELD_TYPE");
    }

    @Test
    void theDomainReportsEveryWrongValueAtOnceWithItsField() {
        Answer answer = api.post("/v1/rooms", """
                {"type": "HUGE", "externalId": "has spaces", "limits": {"moderators": 6},
                 "media": {"maxActiveTalkers": 17, "quality": "8K"}, "schedule": {"kind": "SCHEDULED"}}
                """);

        assertProblem(answer, 400, "VALIDATION_FAILED");
        List<String> errors = answer.fieldErrors();
        assertTrue(errors.containsAll(List.of("type:INVALID_VALUE", "externalId:INVALID_FORMAT",
                "limits.moderators:OUT_OF_RANGE", "media.maxActiveTalkers:OUT_OF_RANGE", "media.quality:INVALID_VALUE",
                "schedule.startsAt:REQUIRED", "schedule.durationMinutes:REQUIRED")), errors.toString());
    }

    @Test
    void aSecondRoomWithTheSameExternalIdIsAConflict() {
        assertEquals(201, api.post("/v1/rooms", "{\"externalId\": \"weekly\"}").status());

        assertProblem(api.post("/v1/rooms", "{\"externalId\": \"weekly\"}"), 409, "EXTERNAL_ID_TAKEN");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsUnsupported() {
        String id = api.post("/v1/rooms", "{}").text("id");

        assertProblem(api.send("POST", "/v1/rooms", "name=x", "application/x-www-form-urlencoded"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api.send("POST", "/v1/rooms", "{}", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api.send("POST", "/v1/rooms", "{}", "application/merge-patch+json"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api.send("PATCH", "/v1/rooms/" + id, "{}", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyOver64KiBIsTooLarge() {
        assertProblem(api.post("/v1/rooms", documentOfSize(LIMIT + 1)), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyOver64KiBIsTooLargeAlsoWhenItComesInChunksWithoutContentLength() {
        assertProblem(api.sendChunked("POST", "/v1/rooms", documentOfSize(LIMIT + 1), "application/json"),
                413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyOfExactly64KiBIsRead() {
        Answer sized = api.post("/v1/rooms", documentOfSize(LIMIT));
        Answer chunked = api.sendChunked("POST", "/v1/rooms", documentOfSize(LIMIT), "application/json");

        assertProblem(sized, 400, "VALIDATION_FAILED");
        assertEquals(List.of("description:TOO_LONG"), sized.fieldErrors());
        assertProblem(chunked, 400, "VALIDATION_FAILED");
    }

    /** A document setting {@code path} (dotted, at most two levels) to {@code json}. */
    private static String nested(String path, String json) {
        String[] names = path.split("\\.");
        String value = names.length == 1 ? json : "{\"" + names[1] + "\": " + json + "}";
        return "{\"" + names[0] + "\": " + value + "}";
    }

    /** A room document of exactly {@code bytes} bytes, almost all of it a description. */
    private static String documentOfSize(int bytes) {
        String frame = "{\"description\": \"\"}";
        return "{\"description\": \"" + "x".repeat(bytes - frame.length()) + "\"}";
    }
}
