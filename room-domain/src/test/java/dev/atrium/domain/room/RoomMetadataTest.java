package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_CHARACTER;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoomMetadataTest {
    /** {"k":"..."} around a string value adds eight bytes. */
    private static final int OBJECT_OVERHEAD = "{\"k\":\"\"}".length();

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> ofBytes(int bytes) {
        return Map.of("k", "x".repeat(bytes - OBJECT_OVERHEAD));
    }

    private static Room create(Map<String, Object> metadata) {
        return Rooms.at(NOW).open(RoomDrafts.group().metadata(metadata).build());
    }

    @Test
    void a_room_without_metadata_has_an_empty_object() {
        assertEquals("{}", create(null).settings().metadata().toJson());
        assertEquals(RoomMetadata.empty(), create(null).settings().metadata());
    }

    @Test
    void metadata_is_written_as_compact_json_in_the_given_order() {
        Map<String, Object> metadata = ordered(
                "name", "Ada",
                "age", 36,
                "ratio", 0.5,
                "ok", true,
                "none", null,
                "tags", List.of("a", 1L),
                "nested", ordered("deep", ordered("deeper", List.of())));

        assertEquals("{\"name\":\"Ada\",\"age\":36,\"ratio\":0.5,\"ok\":true,\"none\":null,\"tags\":[\"a\",1],"
                + "\"nested\":{\"deep\":{\"deeper\":[]}}}", RoomMetadata.of(metadata).toJson());
    }

    @Test
    void strings_are_escaped_as_json_requires() {
        assertEquals("{\"q\":\"say \\\"hi\\\" \\\\ \\n\\r\\t\\b\\f \\u0001 é\"}",
                RoomMetadata.of(Map.of("q", "say \"hi\" \\ \n\r\t\b\f \u0001 é")).toJson());
    }

    @Test
    void a_client_may_not_write_control_characters_or_unpaired_surrogates_but_values_may_span_lines() {
        assertEquals("{\"notes\":\"one\\ttwo\\r\\nthree\"}", create(Map.of("notes", "one\ttwo\r\nthree")).settings().metadata().toJson());
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("k", "nul\u0000"), Map.of("k", "lone\ud800"),
                Map.of("k\n", "v"), Map.of("k", List.of(Map.of("deep", "\u001b[31m"))))) {
            assertViolations(() -> create(bad), violation("metadata", INVALID_CHARACTER));
        }
    }

    @Test
    void whole_numbers_of_any_java_width_are_the_same_json_number() {
        RoomMetadata asLong = RoomMetadata.of(Map.of("n", 7L));

        assertEquals(asLong, RoomMetadata.of(Map.of("n", 7)));
        assertEquals(asLong, RoomMetadata.of(Map.of("n", (short) 7)));
        assertEquals(asLong, RoomMetadata.of(Map.of("n", (byte) 7)));
        assertEquals(asLong, RoomMetadata.of(Map.of("n", BigInteger.valueOf(7))));
        assertEquals(asLong.hashCode(), RoomMetadata.of(Map.of("n", 7)).hashCode());
    }

    @Test
    void big_and_fractional_numbers_keep_their_digits() {
        assertEquals("{\"big\":123456789012345678901234567890,\"exact\":0.10,\"float\":1.5}",
                RoomMetadata.of(ordered("big", new BigInteger("123456789012345678901234567890"),
                        "exact", new BigDecimal("0.10"), "float", 1.5f)).toJson());
    }

    @Test
    void metadata_is_a_copy_that_nobody_can_change() {
        Map<String, Object> inner = new HashMap<>(Map.of("x", 1L));
        List<Object> list = new ArrayList<>(List.of("a"));
        Map<String, Object> raw = new HashMap<>(Map.of("inner", inner, "list", list));
        RoomMetadata metadata = RoomMetadata.of(raw);

        raw.put("later", true);
        inner.put("y", 2L);
        list.add("b");

        assertEquals(Map.of("inner", Map.of("x", 1L), "list", List.of("a")), metadata.values());
        assertThrows(UnsupportedOperationException.class, () -> metadata.values().put("z", 1));
        @SuppressWarnings("unchecked")
        Map<String, Object> copiedInner = (Map<String, Object>) metadata.values().get("inner");
        assertThrows(UnsupportedOperationException.class, () -> copiedInner.put("z", 1));
    }

    @Test
    void metadata_of_exactly_eight_kibibytes_is_accepted() {
        RoomMetadata metadata = create(ofBytes(RoomMetadata.MAX_BYTES)).settings().metadata();

        assertEquals(8192, metadata.toJson().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void metadata_one_byte_over_eight_kibibytes_is_too_long() {
        assertViolations(() -> create(ofBytes(RoomMetadata.MAX_BYTES + 1)), violation("metadata", TOO_LONG));
    }

    @Test
    void the_size_is_counted_in_utf8_bytes_of_the_json() {
        int twoByteCharacters = (RoomMetadata.MAX_BYTES - OBJECT_OVERHEAD) / 2;

        assertEquals(RoomMetadata.MAX_BYTES, create(Map.of("k", "é".repeat(twoByteCharacters)))
                .settings().metadata().toJson().getBytes(StandardCharsets.UTF_8).length);
        assertViolations(() -> create(Map.of("k", "é".repeat(twoByteCharacters) + "x")), violation("metadata", TOO_LONG));
    }

    @Test
    void escapes_count_towards_the_size() {
        String quotes = "\"".repeat((RoomMetadata.MAX_BYTES - OBJECT_OVERHEAD) / 2);

        assertEquals(RoomMetadata.MAX_BYTES, RoomMetadata.of(Map.of("k", quotes)).toJson().length());
        assertViolations(() -> create(Map.of("k", quotes + "x")), violation("metadata", TOO_LONG));
    }

    @Test
    void values_that_are_not_json_are_refused() {
        List<Object> notJson = Arrays.asList(NOW, new Object(), 'c', Double.NaN, Double.POSITIVE_INFINITY, Float.NaN,
                new int[] {1}, Map.of(1, "numeric key"));

        for (Object value : notJson) {
            assertViolations(() -> create(Map.of("v", value)), violation("metadata", INVALID_VALUE));
        }
    }

    @Test
    void a_null_key_is_refused() {
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, "value");

        assertViolations(() -> create(Map.of("v", nullKey)), violation("metadata", INVALID_VALUE));
    }

    @Test
    void values_may_nest_thirty_two_levels_below_the_top_object_and_no_deeper() {
        assertEquals(32, depthBelowTop(create(nestedBelowTop(32)).settings().metadata().values()));
        assertViolations(() -> create(nestedBelowTop(33)), violation("metadata", INVALID_VALUE));
    }

    @Test
    void rebuilding_invalid_stored_metadata_fails_validation() {
        assertFails(ErrorCode.VALIDATION_FAILED, () -> RoomMetadata.of(ofBytes(RoomMetadata.MAX_BYTES + 1)));
    }

    @Test
    void metadata_that_refers_to_itself_is_refused_not_overflowed() {
        Map<String, Object> loop = new HashMap<>();
        loop.put("self", loop);

        assertViolations(() -> create(loop), violation("metadata", INVALID_VALUE));
    }

    /** {"a":{"a":...{}}} with {@code levels} objects inside the top one. */
    private static Map<String, Object> nestedBelowTop(int levels) {
        Map<String, Object> value = Map.of();
        for (int level = 0; level < levels; level++) {
            value = Map.of("a", value);
        }
        return value;
    }

    private static int depthBelowTop(Map<?, ?> map) {
        return map.isEmpty() ? 0 : 1 + depthBelowTop((Map<?, ?>) map.get("a"));
    }
}
