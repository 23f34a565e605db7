package dev.atrium.bootstrap.docs;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ViolationCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/api.md names every problem code and field error code a client can be answered with, so the
 * reference cannot fall behind the code. The few codes that never leave the service are listed here,
 * each with the reason.
 */
class ApiReferenceListsEveryCodeTest {
    private static final Path API_REFERENCE = Path.of("..", "docs", "api.md");
    private static final Set<String> NEVER_ANSWERED = Set.of(
            // CreateRoomService turns it into 200 with the pair's existing room.
            ErrorCode.ONE_TO_ONE_EXISTS.name(),
            // Key ids are drawn at random, or given once at start (a taken one fails the start, not a request).
            ErrorCode.API_KEY_ID_TAKEN.name());

    @Test
    void everyCodeAClientCanMeetIsInTheApiReference() throws IOException {
        String reference = Files.readString(API_REFERENCE);
        List<String> missing = Stream.of(names(ErrorCode.values()), names(HttpErrorCode.values()), names(ViolationCode.values()))
                .flatMap(Stream::of)
                .filter(code -> !NEVER_ANSWERED.contains(code))
                .filter(code -> !reference.contains("`" + code + "`"))
                .distinct().sorted().toList();
        assertEquals(List.of(), missing, "codes the API answers but docs/api.md does not name");
    }

    @Test
    void theCodesNeverAnsweredStillExist() {
        List<String> known = Arrays.asList(names(ErrorCode.values()));
        assertEquals(List.of(), NEVER_ANSWERED.stream().filter(code -> !known.contains(code)).toList(),
                "an exemption for a code that is gone");
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
