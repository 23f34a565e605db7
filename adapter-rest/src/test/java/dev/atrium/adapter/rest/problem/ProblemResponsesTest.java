package dev.atrium.adapter.rest.problem;

import dev.atrium.application.problem.ProblemDocument;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemResponsesTest {
    private static final JsonMapper JSON = ObjectMapper.getDefault();

    @ParameterizedTest
    @CsvSource({"PT15M, 900", "PT14M59.001S, 900", "PT0.2S, 1", "PT1S, 1"})
    void retryAfterRoundsUpToWholeSeconds(Duration wait, long seconds) {
        assertEquals(seconds, ProblemResponses.wholeSecondsUp(wait));
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void noDomainCodeIsAlsoAnAdapterCode(ErrorCode code) {
        assertTrue(Arrays.stream(HttpErrorCode.values()).noneMatch(own -> own.name().equals(code.name())),
                code + " would mean two things");
    }

    /** The titles were the framework's reason phrases before the core wrote them; they stay what they were. */
    @Test
    void everyStatusTheApiAnswersWithHasTheFrameworksReasonPhraseAsItsTitle() {
        Set<Integer> statuses = new TreeSet<>();
        Arrays.stream(HttpErrorCode.values()).forEach(code -> statuses.add(code.status()));
        Arrays.stream(ErrorKind.values()).forEach(kind -> statuses.add(ProblemDocument.statusOf(kind)));

        for (int status : statuses) {
            assertEquals(HttpStatus.valueOf(status).getReason(), ProblemDocument.titleOf(status), String.valueOf(status));
        }
    }

    @Test
    void everyStandardStatusTheCoreNamesHasTheFrameworksReasonPhrase() {
        for (HttpStatus status : HttpStatus.values()) {
            String title = ProblemDocument.titleOf(status.getCode());
            if (status.getCode() >= 400 && !title.equals("HTTP " + status.getCode())) {
                assertEquals(status.getReason(), title, status.name());
            }
        }
    }

    /** A channel that writes the core's plain form writes the same JSON as the API. */
    @Test
    void aProblemWritesTheSameJsonAsTheDocumentsPlainForm() throws IOException {
        List<ProblemDocument> documents = List.of(
                ProblemDocument.of("NOT_FOUND", 404, "There is nothing at this path.", "/v1/nothing", List.of()),
                ProblemDocument.of("VALIDATION_FAILED", 400, "The room settings are not valid.", "/v1/rooms",
                        List.of(new ProblemDocument.FieldError("limits.moderators", "OUT_OF_RANGE", "must be between 1 and 5"),
                                new ProblemDocument.FieldError("name", "TOO_LONG", ""))));

        for (ProblemDocument document : documents) {
            assertEquals(JSON.writeValueAsString(document.toMap()), JSON.writeValueAsString(Problem.of(document)));
        }
    }
}
