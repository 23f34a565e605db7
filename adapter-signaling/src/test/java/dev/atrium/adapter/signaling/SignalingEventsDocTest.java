package dev.atrium.adapter.signaling;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atrium.application.event.EventDocument;
import dev.atrium.domain.fixtures.RoomEvents;
import dev.atrium.domain.live.RoomEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/signaling.md's "Events" section is the event contract: it has one example per type of event,
 * each with exactly the fields (nested ones too) that {@link EventDocument} writes, and every field
 * name is a word of docs/api.md's vocabulary.
 */
class SignalingEventsDocTest {
    private static final Path SIGNALING = Path.of("..", "docs", "signaling.md");
    private static final Path API_REFERENCE = Path.of("..", "docs", "api.md");
    private static final Pattern EXAMPLE = Pattern.compile("\\A(\\w+)\\n.*?^```json$(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("`([A-Za-z_][A-Za-z0-9_]*)`");

    @Test
    void every_type_of_event_has_an_example_with_the_fields_the_code_writes() throws IOException {
        Map<String, Map<?, ?>> examples = examples();
        Set<String> types = Arrays.stream(RoomEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(types, new TreeSet<>(examples.keySet()), "one example per type of event, and none for another");
        List<String> wrong = new ArrayList<>();
        for (RoomEvent event : RoomEvents.oneOfEachType()) {
            Map<?, ?> example = examples.get(event.type());
            Set<String> documented = paths(example, "");
            Set<String> written = paths(EventDocument.of(RoomEvents.recorded(event, 1)), "");
            if (!documented.equals(written)) {
                wrong.add(event.type() + ": the example has " + documented + ", the code writes " + written);
            }
            if (!event.type().equals(example.get("type"))) {
                wrong.add(event.type() + ": the example says type " + example.get("type"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void every_field_of_an_event_is_a_word_of_the_api_vocabulary() throws IOException {
        Set<String> vocabulary = vocabulary();
        Set<String> outside = new TreeSet<>();
        for (RoomEvent event : RoomEvents.oneOfEachType()) {
            for (String path : paths(EventDocument.of(RoomEvents.recorded(event, 1)), "")) {
                String name = path.substring(path.lastIndexOf('.') + 1);
                if (!vocabulary.contains(name)) {
                    outside.add(event.type() + "." + path);
                }
            }
        }
        assertEquals(Set.of(), outside);
    }

    /** The first JSON example under each heading of the "Events" section, by heading. */
    private static Map<String, Map<?, ?>> examples() throws IOException {
        String text = Files.readString(SIGNALING);
        int start = text.indexOf("\n## Events\n");
        assertTrue(start >= 0, "docs/signaling.md has an Events section");
        int end = text.indexOf("\n## ", start + 1);
        String events = end < 0 ? text.substring(start) : text.substring(start, end);
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<?, ?>> examples = new LinkedHashMap<>();
        for (String part : events.split("\n### ")) {
            Matcher example = EXAMPLE.matcher(part);
            if (example.find()) {
                examples.put(example.group(1), json.readValue(example.group(2), Map.class));
            }
        }
        return examples;
    }

    /** Every key of a document as a dotted path, nested maps' keys included. */
    private static Set<String> paths(Map<?, ?> document, String prefix) {
        Set<String> paths = new TreeSet<>();
        document.forEach((key, value) -> {
            String path = prefix + key;
            paths.add(path);
            if (value instanceof Map<?, ?> nested) {
                paths.addAll(paths(nested, path + "."));
            }
        });
        return paths;
    }

    /** The code spans of the second column of docs/api.md's table "The names". */
    private static Set<String> vocabulary() throws IOException {
        List<String> lines = Files.readAllLines(API_REFERENCE);
        int start = lines.indexOf("### The names");
        assertTrue(start >= 0, "docs/api.md has its vocabulary table");
        Set<String> names = new TreeSet<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            String[] cells = line.split("\\|");
            if (cells.length > 2) {
                Matcher code = CODE.matcher(cells[2]);
                while (code.find()) {
                    names.add(code.group(1));
                }
            }
        }
        return names;
    }
}
