package dev.atrium.domain.live;

import dev.atrium.domain.shared.FieldViolation;
import dev.atrium.domain.shared.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatMessageTest {
    /** Four bytes in UTF-8, two chars in Java: the limit counts bytes, not chars or code points. */
    private static final String EMOJI = "\uD83D\uDE00";

    @ParameterizedTest
    @ValueSource(strings = {"tab\there", "lines\r\nof\rtext\n"})
    void tab_and_line_breaks_are_kept(String text) {
        assertTrue(postable(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "bell\u0007", "escape\u001b[31m", "del\u007f", "c1\u0085", "lone \ud800 high",
            "lone \udc00 low", "reversed \ude00\ud83d"})
    void a_control_character_or_an_unpaired_surrogate_is_refused_as_such(String text) {
        assertEquals(Optional.of(ViolationCode.INVALID_CHARACTER), ChatMessage.refusalOf(text).map(FieldViolation::code));
    }

    @Test
    void each_refusal_names_the_text_and_its_cause() {
        assertEquals(Optional.of(ViolationCode.REQUIRED), ChatMessage.refusalOf(" ").map(FieldViolation::code));
        assertEquals(Optional.of(ViolationCode.TOO_LONG), ChatMessage.refusalOf("a".repeat(32_769)).map(FieldViolation::code));
        assertEquals(Optional.of("text"), ChatMessage.refusalOf(null).map(FieldViolation::field));
    }

    @Test
    void the_limit_is_thirty_two_kib() {
        assertEquals(32_768, ChatMessage.MAX_TEXT_BYTES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Hello", " padded ", "\u00e9", "line\nbreak"})
    void a_short_text_with_something_in_it_may_be_posted(String text) {
        assertTrue(postable(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", "\u2003"})
    void a_text_of_only_white_space_may_not(String text) {
        assertFalse(postable(text));
    }

    @Test
    void no_text_may_not() {
        assertFalse(postable(null));
    }

    @Test
    void up_to_thirty_two_kib_of_utf8_may_be_posted_and_not_a_byte_more() {
        assertTrue(postable("a".repeat(32_768)));
        assertFalse(postable("a".repeat(32_769)));
        assertTrue(postable(EMOJI.repeat(8_192)));
        assertFalse(postable(EMOJI.repeat(8_192) + "a"));
        assertTrue(postable("a".repeat(32_764) + EMOJI));
        assertFalse(postable("a".repeat(32_765) + EMOJI));
    }

    private static boolean postable(String text) {
        return ChatMessage.refusalOf(text).isEmpty();
    }
}
