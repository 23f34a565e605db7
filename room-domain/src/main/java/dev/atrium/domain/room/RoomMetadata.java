package dev.atrium.domain.room;

import dev.atrium.domain.shared.TextForm;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The caller's own data on a room: a JSON object of at most {@link #MAX_BYTES} bytes once
 * serialized. Values are JSON values as Java sees them: strings, numbers, booleans, null, lists and
 * maps. The size is measured on the compact serialization this class writes, which is also the form
 * that is stored, so the limit means the same everywhere.
 */
public final class RoomMetadata {
    public static final int MAX_BYTES = 8 * 1024;
    private static final int MAX_DEPTH = 32;
    private static final RoomMetadata EMPTY = new RoomMetadata(Map.of(), "{}");

    private final Map<String, Object> values;
    private final String json;

    private RoomMetadata(Map<String, Object> values, String json) {
        this.values = values;
        this.json = json;
    }

    public static RoomMetadata empty() {
        return EMPTY;
    }

    /** Metadata as a client writes it: besides the size, every text must be of its {@link TextForm}. */
    static RoomMetadata from(Map<String, Object> raw, Violations violations) {
        RoomMetadata metadata = copyOf(raw, violations);
        if (metadata != null && !admitsItsTexts(metadata.values)) {
            violations.add("metadata", ViolationCode.INVALID_CHARACTER, "keys " + TextForm.SINGLE_LINE.expectation()
                    + "; string values " + TextForm.MULTI_LINE.expectation());
            return null;
        }
        return metadata;
    }

    private static RoomMetadata copyOf(Map<String, Object> raw, Violations violations) {
        if (raw == null) {
            return EMPTY;
        }
        Object copy;
        try {
            copy = immutableCopy(raw, 0);
        } catch (IllegalArgumentException e) {
            violations.add("metadata", ViolationCode.INVALID_VALUE, e.getMessage());
            return null;
        }
        StringBuilder out = new StringBuilder();
        write(copy, out);
        String json = out.toString();
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add("metadata", ViolationCode.TOO_LONG, "must be at most " + MAX_BYTES + " bytes as JSON");
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) copy;
        return new RoomMetadata(values, json);
    }

    /**
     * Rebuilds stored metadata, which was valid when it was written: its texts are not checked again,
     * so metadata stored before {@link TextForm} existed still reads.
     */
    public static RoomMetadata of(Map<String, Object> values) {
        Violations violations = new Violations();
        RoomMetadata metadata = copyOf(values, violations);
        violations.throwIfAny("The room metadata is not valid.");
        return metadata;
    }

    public Map<String, Object> values() {
        return values;
    }

    /** Compact JSON of the metadata; what is stored and what the size limit measures. */
    public String toJson() {
        return json;
    }

    private static Object immutableCopy(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("must not nest deeper than " + MAX_DEPTH + " levels");
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return canonicalNumber(number);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("object keys must be strings");
                }
                copy.put(key, immutableCopy(entry.getValue(), depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(immutableCopy(item, depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("must hold only JSON values");
    }

    /** Keys are single-line text, string values may span lines. */
    private static boolean admitsItsTexts(Object value) {
        if (value instanceof String text) {
            return TextForm.MULTI_LINE.admits(text);
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().allMatch(entry -> TextForm.SINGLE_LINE.admits((String) entry.getKey())
                    && admitsItsTexts(entry.getValue()));
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(RoomMetadata::admitsItsTexts);
        }
        return true;
    }

    private static Number canonicalNumber(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof BigInteger || number instanceof BigDecimal) {
            return number;
        }
        double d = number.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("numbers must be finite");
        }
        return BigDecimal.valueOf(d);
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toString());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString((String) entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else {
            out.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoomMetadata that && json.equals(that.json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return json;
    }
}
