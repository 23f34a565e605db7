package dev.atrium.bootstrap.docs;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.signaling.socket.SignalingErrorCode;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ViolationCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/api.md's tables of codes name every problem code and field error code a client can be
 * answered with (by the REST API or the signaling socket), and no code that does not exist, so the reference cannot fall behind the code.
 * The few codes that never leave the service are listed here, each with the reason.
 */
class ApiReferenceListsEveryCodeTest {
    private static final Path API_REFERENCE = Path.of("..", "docs", "api.md");
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");
    private static final Set<String> NEVER_ANSWERED = Set.of(
            // CreateRoomService turns it into 200 with the pair's existing room.
            ErrorCode.ONE_TO_ONE_EXISTS.name(),
            // Key ids are drawn at random, or given once at start (a taken one fails the start, not a request).
            ErrorCode.API_KEY_ID_TAKEN.name());

    @Test
    void theProblemCodesTableHasARowForEveryProblemCodeAndNoOther() throws IOException {
        Set<String> answered = Stream.of(names(ErrorCode.values()), names(HttpErrorCode.values()),
                        names(SignalingErrorCode.values()))
                .flatMap(Stream::of)
                .filter(code -> !NEVER_ANSWERED.contains(code))
                .collect(Collectors.toCollection(TreeSet::new));

        assertTableNames(answered, codesOfTable("### Problem codes"), "problem codes");
    }

    @Test
    void theFieldErrorCodesTableNamesEveryViolationCode() throws IOException {
        Set<String> table = codesOfTable("### Field error codes");
        List<String> missing = Stream.of(names(ViolationCode.values())).filter(code -> !table.contains(code)).sorted().toList();
        List<String> unknown = table.stream()
                .filter(code -> !Arrays.asList(names(ViolationCode.values())).contains(code))
                .filter(code -> !Arrays.asList(names(HttpErrorCode.values())).contains(code))
                .sorted().toList();

        assertEquals(List.of(), missing, "field error codes the API answers but the table of docs/api.md leaves out");
        assertEquals(List.of(), unknown, "field error codes of the table that no code has");
    }

    @Test
    void theCodesNeverAnsweredStillExist() {
        List<String> known = Arrays.asList(names(ErrorCode.values()));
        assertEquals(List.of(), NEVER_ANSWERED.stream().filter(code -> !known.contains(code)).toList(),
                "an exemption for a code that is gone");
    }

    private static void assertTableNames(Set<String> expected, Set<String> table, String what) {
        assertEquals(List.of(), expected.stream().filter(code -> !table.contains(code)).toList(),
                what + " the API answers but the table of docs/api.md leaves out");
        assertEquals(List.of(), table.stream().filter(code -> !expected.contains(code)).sorted().toList(),
                what + " of the table of docs/api.md that the API never answers");
    }

    /** The codes in the first column of the table under {@code heading}. */
    private static Set<String> codesOfTable(String heading) throws IOException {
        List<String> lines = Files.readAllLines(API_REFERENCE);
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException("docs/api.md has no section " + heading);
        }
        Set<String> codes = new TreeSet<>();
        lines.stream().skip(start + 1)
                .dropWhile(line -> !line.startsWith("|"))
                .takeWhile(line -> line.startsWith("|"))
                .skip(2)
                .map(line -> line.split("\\|")[1])
                .forEach(cell -> CODE.matcher(cell).results().forEach(match -> codes.add(match.group(1))));
        return codes;
    }

    private static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
