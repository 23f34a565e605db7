package dev.atrium.application.problem;

import dev.atrium.application.problem.ProblemDocument.FieldError;
import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import dev.atrium.domain.shared.FieldViolation;
import dev.atrium.domain.shared.InvalidInputException;
import dev.atrium.domain.shared.ThrottledException;
import dev.atrium.domain.shared.ViolationCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A refusal as a problem document: status by kind, type by code, title by status, violations as field errors. */
class ProblemDocumentTest {

    @Test
    void each_kind_of_domain_error_has_its_status() {
        Map<ErrorKind, Integer> statuses = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            statuses.put(kind, ProblemDocument.statusOf(kind));
        }

        assertEquals(Map.of(ErrorKind.INVALID_INPUT, 400, ErrorKind.FORBIDDEN, 403, ErrorKind.NOT_FOUND, 404,
                ErrorKind.CONFLICT, 409, ErrorKind.GONE, 410, ErrorKind.PRECONDITION_FAILED, 412,
                ErrorKind.THROTTLED, 429), statuses);
    }

    @Test
    void every_domain_code_becomes_a_document_with_the_status_of_its_kind_and_the_title_of_that_status() {
        Map<Integer, String> titles = Map.of(400, "Bad Request", 403, "Forbidden", 404, "Not Found", 409, "Conflict",
                410, "Gone", 412, "Precondition Failed", 429, "Too Many Requests");
        for (ErrorCode code : ErrorCode.values()) {
            DomainException exception = code.kind() == ErrorKind.THROTTLED
                    ? new ThrottledException(code, "Wait.", Duration.ofMinutes(15))
                    : DomainException.of(code, "Said for people.");

            ProblemDocument problem = ProblemDocument.of(exception, "/v1/rooms/r1");

            assertEquals(ProblemDocument.statusOf(code.kind()), problem.status(), code.name());
            assertEquals(titles.get(problem.status()), problem.title(), code.name());
            assertEquals(code.name(), problem.code());
            assertEquals(exception.getMessage(), problem.detail());
            assertEquals("/v1/rooms/r1", problem.instance());
            assertEquals(List.of(), problem.errors());
        }
    }

    @Test
    void the_type_is_the_code_as_a_urn_in_lower_case_with_dashes() {
        ProblemDocument problem = ProblemDocument.of(DomainException.of(ErrorCode.ROOM_NOT_FOUND, "No room r1."), "/v1/rooms/r1");

        assertEquals("urn:atrium:problem:room-not-found", problem.type());
        assertEquals("urn:atrium:problem:too-many-attempts", ProblemDocument.typeOf("TOO_MANY_ATTEMPTS"));
        assertEquals("urn:atrium:problem:malformed-utf8", ProblemDocument.typeOf("MALFORMED_UTF8"));
    }

    @Test
    void violations_become_field_errors_in_their_order_with_their_codes() {
        InvalidInputException invalid = new InvalidInputException(ErrorCode.VALIDATION_FAILED, "The room settings are not valid.",
                List.of(new FieldViolation("media.maxActiveTalkers", ViolationCode.OUT_OF_RANGE, "must be between 1 and 16"),
                        new FieldViolation("limits.moderators", ViolationCode.OUT_OF_RANGE, "must be between 1 and 5")));

        ProblemDocument problem = ProblemDocument.of(invalid, "/v1/rooms");

        assertEquals(List.of(new FieldError("media.maxActiveTalkers", "OUT_OF_RANGE", "must be between 1 and 16"),
                new FieldError("limits.moderators", "OUT_OF_RANGE", "must be between 1 and 5")), problem.errors());
        assertEquals(new ProblemDocument("urn:atrium:problem:validation-failed", "Bad Request", 400,
                "The room settings are not valid.", "/v1/rooms", "VALIDATION_FAILED", problem.errors()), problem);
    }

    @Test
    void an_adapters_own_refusal_gets_the_type_of_its_code_and_the_title_of_its_status() {
        ProblemDocument problem = ProblemDocument.of("UNAUTHENTICATED", 401, "The request needs valid credentials.",
                "/v1/rooms", List.of());

        assertEquals(new ProblemDocument("urn:atrium:problem:unauthenticated", "Unauthorized", 401,
                "The request needs valid credentials.", "/v1/rooms", "UNAUTHENTICATED", List.of()), problem);
    }

    @Test
    void the_statuses_the_api_answers_with_have_their_reason_phrases() {
        Map<Integer, String> phrases = Map.ofEntries(Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
                Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
                Map.entry(406, "Not Acceptable"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"),
                Map.entry(412, "Precondition Failed"), Map.entry(413, "Request Entity Too Large"),
                Map.entry(414, "Request-URI Too Long"), Map.entry(415, "Unsupported Media Type"),
                Map.entry(429, "Too Many Requests"), Map.entry(431, "Request Header Fields Too Large"),
                Map.entry(500, "Internal Server Error"), Map.entry(503, "Service Unavailable"));

        phrases.forEach((status, phrase) -> assertEquals(phrase, ProblemDocument.titleOf(status), String.valueOf(status)));
        assertEquals("HTTP 499", ProblemDocument.titleOf(499));
    }

    @Test
    void a_document_whose_type_or_title_does_not_follow_from_its_code_and_status_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ProblemDocument("urn:atrium:problem:room-gone",
                "Not Found", 404, "No room.", "/v1/rooms/r1", "ROOM_NOT_FOUND", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ProblemDocument("urn:atrium:problem:room-not-found",
                "Gone", 404, "No room.", "/v1/rooms/r1", "ROOM_NOT_FOUND", List.of()));
    }

    @Test
    void a_code_that_is_no_constant_name_or_a_status_that_is_no_error_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ProblemDocument.of("room-not-found", 404, "No room.", "/", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ProblemDocument.of("ROOM__NOT_FOUND", 404, "No room.", "/", List.of()));
        assertThrows(IllegalArgumentException.class, () -> ProblemDocument.of("MOVED", 302, "Elsewhere.", "/", List.of()));
    }

    @Test
    void as_a_map_the_document_has_the_apis_order_and_leaves_out_errors_when_there_are_none() {
        ProblemDocument none = ProblemDocument.of("NOT_FOUND", 404, "There is nothing at this path.", "/v1/nothing", List.of());
        ProblemDocument some = ProblemDocument.of("UNKNOWN_FIELD", 400, "The request body has fields this API does not know.",
                "/v1/rooms", List.of(new FieldError("colour", "UNKNOWN_FIELD", "is not a field of a room")));

        assertEquals(List.of("type", "title", "status", "detail", "instance", "code"), List.copyOf(none.toMap().keySet()));
        assertEquals(List.of("type", "title", "status", "detail", "instance", "code", "errors"),
                List.copyOf(some.toMap().keySet()));
        assertEquals(404, none.toMap().get("status"));
        assertEquals(List.of(Map.of("field", "colour", "code", "UNKNOWN_FIELD", "message", "is not a field of a room")),
                some.toMap().get("errors"));
        assertEquals(List.of("field", "code", "message"),
                List.copyOf(((List<Map<String, Object>>) some.toMap().get("errors")).get(0).keySet()));
    }
}
