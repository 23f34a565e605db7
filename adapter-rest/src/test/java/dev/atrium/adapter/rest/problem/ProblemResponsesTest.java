package dev.atrium.adapter.rest.problem;

import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemResponsesTest {

    @Test
    void eachKindOfDomainErrorHasItsStatus() {
        Map<ErrorKind, Integer> statuses = new EnumMap<>(ErrorKind.class);
        for (ErrorKind kind : ErrorKind.values()) {
            statuses.put(kind, ProblemResponses.status(kind));
        }

        assertEquals(Map.of(ErrorKind.INVALID_INPUT, 400, ErrorKind.FORBIDDEN, 403, ErrorKind.NOT_FOUND, 404,
                ErrorKind.CONFLICT, 409, ErrorKind.GONE, 410, ErrorKind.PRECONDITION_FAILED, 412,
                ErrorKind.THROTTLED, 429), statuses);
    }

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
}
