package dev.atrium.adapter.rest.vocabulary;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of docs/api.md's "Vocabulary" section: the names of its vocabulary table, and apart
 * from them the names its standards table lets the documents of a standard use.
 */
record ApiVocabulary(Set<String> names, Set<String> standardNames) {
    private static final Path API_REFERENCE = Path.of("..", "docs", "api.md");
    private static final Pattern CODE = Pattern.compile("`([A-Za-z_][A-Za-z0-9_]*)`");

    static ApiVocabulary fromApiReference() throws IOException {
        List<String> lines = Files.readAllLines(API_REFERENCE);
        return new ApiVocabulary(namesOfTable(lines, "### The names"), namesOfTable(lines, "### Names a standard sets"));
    }

    /**
     * {@code Type.component} of every component whose JSON name is not a word this document may use.
     * {@code name} is a room's or tenant's: in a document about a person it is the old word for their
     * {@code displayName}.
     */
    List<String> namesOutside(List<Class<?>> documents) {
        List<String> outside = new ArrayList<>();
        for (Class<?> document : documents) {
            Class<?> outer = document.getEnclosingClass() == null ? document : document.getEnclosingClass();
            boolean standard = Documents.standardShaped().contains(outer);
            List<String> fields = Arrays.stream(document.getRecordComponents()).map(ApiVocabulary::jsonName).toList();
            boolean aboutAPerson = fields.contains("userRef") || fields.contains("participantId");
            for (String name : fields) {
                boolean allowed = names.contains(name) || standard && standardNames.contains(name);
                if (!allowed || aboutAPerson && name.equals("name")) {
                    outside.add(typeName(document) + "." + name);
                }
            }
        }
        return outside;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
    }

    private static String typeName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : typeName(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    /** The code spans of the second column of the first table under {@code heading}. */
    private static Set<String> namesOfTable(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException("docs/api.md has no section " + heading);
        }
        Set<String> names = new LinkedHashSet<>();
        boolean inTable = false;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("|")) {
                inTable = true;
                String[] cells = line.split("\\|");
                if (cells.length > 2) {
                    Matcher code = CODE.matcher(cells[2]);
                    while (code.find()) {
                        names.add(code.group(1));
                    }
                }
            } else if (inTable) {
                break;
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("the table under " + heading + " names nothing");
        }
        return names;
    }
}
