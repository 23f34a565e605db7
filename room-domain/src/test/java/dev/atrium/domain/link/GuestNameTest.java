package dev.atrium.domain.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.INVALID_CHARACTER;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GuestNameTest {

    @Test
    void a_name_is_trimmed() {
        assertEquals("Ada", GuestName.parse("  Ada \n").value());
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {1, 64})
    void a_name_has_1_to_64_characters(int length) {
        assertEquals(length, GuestName.parse("g".repeat(length)).value().length());
    }

    @Test
    void a_longer_name_is_too_long() {
        assertViolations(() -> GuestName.parse("g".repeat(65)), violation("displayName", TOO_LONG));
    }

    @Test
    void length_counts_characters_after_trimming() {
        assertEquals(64, GuestName.parse("  " + "g".repeat(64) + "  ").value().length());
        assertEquals("\uD83D\uDC4B".repeat(64), GuestName.parse("\uD83D\uDC4B".repeat(64)).value());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "\t\n"})
    void a_blank_name_is_missing(String blank) {
        assertViolations(() -> GuestName.parse(blank), violation("displayName", REQUIRED));
    }

    @Test
    void a_missing_name_is_required() {
        assertViolations(() -> GuestName.parse(null), violation("displayName", REQUIRED));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Ada\nLovelace", "Ada\tLovelace", "Ada\rLovelace", "Ada\u0000", "Ada\u0085Lovelace", "Ada\ud800"})
    void control_characters_inside_the_name_are_refused_once(String name) {
        assertViolations(() -> GuestName.parse(name), violation("displayName", INVALID_CHARACTER));
    }
}
