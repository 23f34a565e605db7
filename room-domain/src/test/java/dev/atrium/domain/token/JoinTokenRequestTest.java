package dev.atrium.domain.token;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.INVALID_CHARACTER;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JoinTokenRequestTest {

    private static JoinTokenRequest parse(Map<String, ?> metadata, Integer ttlSeconds) {
        return JoinTokenRequest.parse("Ada", "PARTICIPANT", "user-1", metadata, ttlSeconds);
    }

    private static JoinTokenRequest withName(String name) {
        return JoinTokenRequest.parse(name, "PARTICIPANT", "user-1", null, null);
    }

    private static JoinTokenRequest withUserRef(String userRef) {
        return JoinTokenRequest.parse("Ada", "PARTICIPANT", userRef, null, null);
    }

    private static Map<String, String> keys(int count) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            metadata.put("key" + i, "value" + i);
        }
        return metadata;
    }

    @Test
    void a_request_keeps_what_it_was_given_trimmed() {
        JoinTokenRequest request = JoinTokenRequest.parse("  Ada Lovelace ", " moderator ", "user-1",
                Map.of("seat", "12"), 3600);

        assertEquals(new JoinTokenRequest("Ada Lovelace", Role.MODERATOR, new UserRef("user-1"), Map.of("seat", "12"),
                Duration.ofHours(1)), request);
    }

    @Test
    void the_lifetime_is_15_minutes_unless_given() {
        assertEquals(Duration.ofSeconds(900), parse(null, null).ttl());
    }

    @Test
    void metadata_is_optional() {
        assertEquals(Map.of(), parse(null, null).metadata());
    }

    @ParameterizedTest(name = "as {0}")
    @EnumSource(Role.class)
    void a_token_may_be_asked_for_any_role(Role role) {
        assertEquals(role, JoinTokenRequest.parse("Ada", role.name(), "user-1", null, null).role());
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {1, 100})
    void a_name_has_1_to_100_characters(int length) {
        assertEquals(length, withName("n".repeat(length)).name().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\nERROR forged", "Ada\tLovelace", "Ada\u0000", "Ada\udc00"})
    void a_name_is_one_line_of_text(String name) {
        assertViolations(() -> withName(name), violation("displayName", INVALID_CHARACTER));
    }

    @Test
    void a_longer_name_is_refused() {
        assertViolations(() -> withName("n".repeat(101)), violation("displayName", TOO_LONG));
    }

    @ParameterizedTest(name = "name \"{0}\"")
    @ValueSource(strings = {"", "  "})
    void a_blank_name_is_missing(String name) {
        assertViolations(() -> withName(name), violation("displayName", REQUIRED));
    }

    @Test
    void a_missing_name_is_refused() {
        assertViolations(() -> withName(null), violation("displayName", REQUIRED));
    }

    @Test
    void the_role_is_required() {
        assertViolations(() -> JoinTokenRequest.parse("Ada", null, "user-1", null, null), violation("role", REQUIRED));
    }

    @Test
    void an_unknown_role_is_refused() {
        assertViolations(() -> JoinTokenRequest.parse("Ada", "KING", "user-1", null, null), violation("role", INVALID_VALUE));
    }

    @Test
    void the_user_ref_is_required() {
        assertViolations(() -> withUserRef(null), violation("userRef", REQUIRED));
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {1, 128})
    void a_user_ref_has_1_to_128_characters(int length) {
        assertEquals(length, withUserRef("u".repeat(length)).userRef().value().length());
    }

    @ParameterizedTest(name = "userRef \"{0}\"")
    @ValueSource(strings = {"", " user", "user ", "us\u0007er", "us\ner"})
    void a_user_ref_that_is_empty_padded_or_has_control_characters_is_refused(String userRef) {
        assertViolations(() -> withUserRef(userRef), violation("userRef", INVALID_FORMAT));
    }

    @Test
    void the_user_refs_of_link_guests_cannot_be_claimed() {
        assertViolations(() -> withUserRef("guest:gs_01"), violation("userRef", NOT_ALLOWED));
    }

    @Test
    void a_user_ref_of_129_characters_is_refused() {
        assertViolations(() -> withUserRef("u".repeat(129)), violation("userRef", INVALID_FORMAT));
    }

    @Test
    void metadata_has_at_most_5_keys() {
        assertEquals(5, parse(keys(5), null).metadata().size());
        assertViolations(() -> parse(keys(6), null), violation("metadata", TOO_LONG));
    }

    @Test
    void a_metadata_value_has_at_most_256_characters() {
        assertEquals(256, parse(Map.of("k", "v".repeat(256)), null).metadata().get("k").length());
        assertViolations(() -> parse(Map.of("k", "v".repeat(257)), null), violation("metadata.k", TOO_LONG));
    }

    @Test
    void metadata_keys_are_single_line_and_values_may_span_lines() {
        assertEquals("a\nb\tc", parse(Map.of("k", "a\nb\tc"), null).metadata().get("k"));
        assertViolations(() -> parse(Map.of("k\n", "v"), null), violation("metadata.k\n", INVALID_CHARACTER));
        assertViolations(() -> parse(Map.of("k", "nul\u0000"), null), violation("metadata.k", INVALID_CHARACTER));
        assertViolations(() -> parse(Map.of("k", "\ud800"), null), violation("metadata.k", INVALID_CHARACTER));
    }

    @Test
    void metadata_values_are_strings() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put("seats", 12);
        metadata.put("vip", true);
        metadata.put("nothing", null);

        assertViolations(() -> parse(metadata, null), violation("metadata.nothing", INVALID_VALUE),
                violation("metadata.seats", INVALID_VALUE), violation("metadata.vip", INVALID_VALUE));
    }

    @Test
    void a_metadata_key_has_1_to_64_characters() {
        assertEquals(Map.of("k".repeat(64), "v"), parse(Map.of("k".repeat(64), "v"), null).metadata());
        assertViolations(() -> parse(Map.of("", "v", "k".repeat(65), "v"), null),
                violation("metadata.", INVALID_FORMAT), violation("metadata." + "k".repeat(65), INVALID_FORMAT));
    }

    @ParameterizedTest(name = "{0} s")
    @ValueSource(ints = {60, 61, 86_399, 86_400})
    void a_lifetime_of_1_minute_to_1_day_is_accepted(int seconds) {
        assertEquals(Duration.ofSeconds(seconds), parse(null, seconds).ttl());
    }

    @ParameterizedTest(name = "{0} s")
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 59, 86_401})
    void a_shorter_or_longer_lifetime_is_refused(int seconds) {
        assertViolations(() -> parse(null, seconds), violation("ttlSeconds", OUT_OF_RANGE));
    }

    @Test
    void every_mistake_is_reported_at_once() {
        assertViolations(() -> JoinTokenRequest.parse(" ", "KING", " x", Map.of("k", "v".repeat(257)), 30),
                violation("displayName", REQUIRED), violation("role", INVALID_VALUE), violation("userRef", INVALID_FORMAT),
                violation("metadata.k", TOO_LONG), violation("ttlSeconds", OUT_OF_RANGE));
    }

    @Test
    void the_metadata_of_a_request_cannot_be_changed_afterwards() {
        Map<String, String> given = new HashMap<>(Map.of("k", "v"));
        JoinTokenRequest request = new JoinTokenRequest("Ada", Role.VIEWER, new UserRef("u"), given, Duration.ofMinutes(5));

        given.put("other", "x");

        assertEquals(Map.of("k", "v"), request.metadata());
        assertThrows(UnsupportedOperationException.class, () -> request.metadata().put("x", "y"));
    }
}
