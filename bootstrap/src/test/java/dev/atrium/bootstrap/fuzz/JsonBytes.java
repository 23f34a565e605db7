package dev.atrium.bootstrap.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a parsed JSON document back as bytes, where any value may be replaced by a {@link Raw}
 * fragment written verbatim: how a hostile value (a lone surrogate, invalid UTF-8, a number too big
 * for any type) gets into an otherwise valid document.
 */
final class JsonBytes {
    /** Bytes that go into the document as they are. */
    record Raw(byte[] bytes) {
        static Raw of(String text) {
            return new Raw(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private JsonBytes() {
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toByteArray();
    }

    /** Every place in the document a value sits, as the keys and indexes that lead to it. */
    static List<List<Object>> places(Object document) {
        List<List<Object>> places = new ArrayList<>();
        collect(document, new ArrayList<>(), places);
        return places;
    }

    /** A copy of {@code document} with the value at {@code place} replaced, or removed when {@code value} is null. */
    static Object replace(Object document, List<Object> place, Object value) {
        if (place.isEmpty()) {
            return value;
        }
        Object step = place.get(0);
        List<Object> rest = place.subList(1, place.size());
        if (document instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>(map);
            Object replaced = replace(map.get(step), rest, value);
            if (replaced == null) {
                copy.remove(step);
            } else {
                copy.put(step, replaced);
            }
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<?>) document);
        Object replaced = replace(copy.get((Integer) step), rest, value);
        if (replaced == null) {
            copy.remove((int) (Integer) step);
        } else {
            copy.set((Integer) step, replaced);
        }
        return copy;
    }

    private static void collect(Object value, List<Object> here, List<List<Object>> places) {
        if (!here.isEmpty()) {
            places.add(List.copyOf(here));
        }
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                here.add(key);
                collect(map.get(key), here, places);
                here.remove(here.size() - 1);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                here.add(i);
                collect(list.get(i), here, places);
                here.remove(here.size() - 1);
            }
        }
    }

    private static void write(Object value, ByteArrayOutputStream out) {
        if (value instanceof Raw raw) {
            out.writeBytes(raw.bytes());
        } else if (value instanceof Map<?, ?> map) {
            out.write('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                writeString(entry.getKey().toString(), out);
                out.write(':');
                write(entry.getValue(), out);
            }
            out.write('}');
        } else if (value instanceof List<?> list) {
            out.write('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                write(list.get(i), out);
            }
            out.write(']');
        } else if (value instanceof String text) {
            writeString(text, out);
        } else {
            out.writeBytes(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void writeString(String text, ByteArrayOutputStream out) {
        StringBuilder escaped = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        out.writeBytes(escaped.append('"').toString().getBytes(StandardCharsets.UTF_8));
    }
}
