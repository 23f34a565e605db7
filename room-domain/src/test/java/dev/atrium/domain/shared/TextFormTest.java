package dev.atrium.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFormTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "Alice", "Zoë", "\u00a0non-breaking", "\uD83D\uDE00 a pair", "\u2028 line separator"})
    void printable_text_and_surrogate_pairs_are_admitted_everywhere(String text) {
        assertTrue(TextForm.SINGLE_LINE.admits(text));
        assertTrue(TextForm.MULTI_LINE.admits(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0001", "\u001f", "\u007f", "\u0080", "\u009f", "\ud800", "x\udfff",
            "\ude00\ud83d", "end\ud83d"})
    void control_characters_and_unpaired_surrogates_are_admitted_nowhere(String text) {
        assertFalse(TextForm.SINGLE_LINE.admits(text));
        assertFalse(TextForm.MULTI_LINE.admits(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb", "a\nb", "a\rb", "a\r\nb"})
    void tab_and_line_breaks_belong_to_multi_line_text_only(String text) {
        assertTrue(TextForm.MULTI_LINE.admits(text));
        assertFalse(TextForm.SINGLE_LINE.admits(text));
    }

    @Test
    void violations_text_is_single_line_unless_told_otherwise() {
        Violations violations = new Violations();
        assertNull(violations.text("name", "two\nlines", 100, true));
        assertEquals("two\nlines", violations.text("description", "two\nlines", TextForm.MULTI_LINE, 100, true));
        assertNull(violations.text("description", "nul\u0000", TextForm.MULTI_LINE, 100, true));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> violations.throwIfAny("bad"));
        assertEquals(List.of(new FieldViolation("name", ViolationCode.INVALID_CHARACTER, TextForm.SINGLE_LINE.expectation()),
                new FieldViolation("description", ViolationCode.INVALID_CHARACTER, TextForm.MULTI_LINE.expectation())),
                refused.violations());
    }
}
