package dev.atrium.domain.link;

import dev.atrium.domain.shared.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.INVALID_CHARACTER;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static dev.atrium.domain.shared.ViolationCode.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordTest {

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {4, 128})
    void a_password_has_4_to_128_characters(int length) {
        assertEquals("p".repeat(length), Password.required("p".repeat(length)).reveal());
    }

    @Test
    void a_shorter_password_is_too_short() {
        assertViolations(() -> Password.required("abc"), violation("password", TOO_SHORT));
    }

    @Test
    void a_longer_password_is_too_long() {
        assertViolations(() -> Password.required("p".repeat(129)), violation("password", TOO_LONG));
    }

    @Test
    void length_counts_characters_not_utf16_units() {
        String fourKeys = "\uD83D\uDD11".repeat(4);

        assertEquals(fourKeys, Password.required(fourKeys).reveal());
        assertViolations(() -> Password.required("\uD83D\uDD11".repeat(3)), violation("password", TOO_SHORT));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"pass\nword", "pass\tword", "pass\u0000word", "pass\u007Fword"})
    void control_characters_are_refused(String password) {
        assertViolations(() -> Password.required(password), violation("password", INVALID_CHARACTER));
    }

    @Test
    void spaces_are_part_of_the_password() {
        assertEquals("  open sesame  ", Password.required("  open sesame  ").reveal());
    }

    @Test
    void a_missing_password_is_required() {
        assertViolations(() -> Password.required(null), violation("password", REQUIRED));
    }

    @Test
    void an_optional_password_may_be_left_out() {
        Violations violations = new Violations();

        assertNull(Password.parse("password", null, violations));
        assertTrue(violations.isEmpty());
    }

    @Test
    void a_wrong_optional_password_is_reported_under_its_field() {
        Violations violations = new Violations();

        assertNull(Password.parse("link.password", "abc", violations));
        assertTrue(violations.has("link.password"));
    }

    @Test
    void the_string_form_never_shows_the_password() {
        assertFalse(Password.required("open sesame").toString().contains("open sesame"));
    }
}
