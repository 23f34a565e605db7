package dev.atrium.adapter.rest.vocabulary;

import dev.atrium.adapter.rest.room.RoomResponse;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example answer in docs/api.md (a {@code json} block, or the body of an {@code http} block)
 * carries every field its response document always carries, and no field it lacks: a reader can
 * trust an example to show the whole answer. An example's document is the response record it fits;
 * one that fits none is reported against the record it comes closest to.
 */
class ApiExamplesTest {
    private static final Path API_REFERENCE = Path.of("..", "docs", "api.md");
    /** Sections whose JSON is no answer of the API, each with the reason. */
    private static final Set<String> NOT_ANSWERS = Set.of(
            // The claims inside a join token, which a client decodes; the API never answers with them.
            "### What a token says");

    private final JsonMapper json = JsonMapper.createDefault();

    @Test
    void everyExampleAnswerHasEveryFieldOfItsDocument() throws IOException {
        List<Class<?>> answers = responseDocuments();
        List<Example> examples = examples();
        List<String> mistakes = new ArrayList<>();
        for (Example example : examples) {
            List<String> closest = answers.stream()
                    .map(type -> AnswerShape.mistakes(example.value(), type))
                    .min(Comparator.comparingInt(List::size))
                    .orElseThrow();
            closest.forEach(mistake -> mistakes.add("line " + example.line() + ": " + mistake));
        }

        assertTrue(examples.size() > 20, "the examples are found: " + examples.size());
        assertEquals(List.of(), mistakes);
    }

    @Test
    void anExampleLackingAFieldOrHavingAStrayOneIsReported() throws IOException {
        Object topology = json.readValue("{\"kind\": \"MESH\", \"kindNow\": \"SFU\"}", Argument.OBJECT_ARGUMENT);
        Object abridged = json.readValue("{\"kind\": \"MESH\", \"...\": \"...\"}", Argument.OBJECT_ARGUMENT);

        assertEquals(List.of("TopologyResponse.autoUpgradeAt is missing", "TopologyResponse.kindInUse is missing",
                        "TopologyResponse.kindNow is no field of TopologyResponse"),
                AnswerShape.mistakes(topology, RoomResponse.TopologyResponse.class));
        assertEquals(List.of(), AnswerShape.mistakes(abridged, RoomResponse.TopologyResponse.class));
    }

    /** The documents the API answers with: every {@code @Serdeable} record that is not a request. */
    private static List<Class<?>> responseDocuments() throws IOException {
        return Documents.under(RoomResponse.class, "dev.atrium.adapter.rest").stream()
                .filter(type -> !type.getSimpleName().endsWith("Request"))
                .toList();
    }

    private List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(API_REFERENCE);
        List<Example> examples = new ArrayList<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                section = line;
            }
            if (line.equals("```json") || line.equals("```http")) {
                int start = i;
                StringBuilder block = new StringBuilder();
                while (!lines.get(++i).startsWith("```")) {
                    block.append(lines.get(i)).append('\n');
                }
                int body = block.indexOf("{");
                if (body >= 0 && !NOT_ANSWERS.contains(section)) {
                    examples.add(new Example(start + 1, json.readValue(block.substring(body), Argument.OBJECT_ARGUMENT)));
                }
            }
        }
        return examples;
    }

    private record Example(int line, Object value) {
    }
}
