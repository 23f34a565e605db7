package dev.atrium.domain.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatMessageTest {
    /** Four bytes in UTF-8, two chars in Java: the limit counts bytes, not chars or code points. */
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void the_limit_is_thirty_two_kib() {
        assertEquals(32_768, ChatMessage.MAX_TEXT_BYTES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Hello", " padded ", "\u00e9", "line\nbreak"})
    void a_short_text_with_something_in_it_may_be_posted(String text) {
        assertTrue(ChatMessage.isPostable(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t ", "\u2003"})
    void a_text_of_only_white_space_may_not(String text) {
        assertFalse(ChatMessage.isPostable(text));
    }

    @Test
    void no_text_may_not() {
        assertFalse(ChatMessage.isPostable(null));
    }

    @Test
    void up_to_thirty_two_kib_of_utf8_may_be_posted_and_not_a_byte_more() {
        assertTrue(ChatMessage.isPostable("a".repeat(32_768)));
        assertFalse(ChatMessage.isPostable("a".repeat(32_769)));
        assertTrue(ChatMessage.isPostable(EMOJI.repeat(8_192)));
        assertFalse(ChatMessage.isPostable(EMOJI.repeat(8_192) + "a"));
        assertTrue(ChatMessage.isPostable("a".repeat(32_764) + EMOJI));
        assertFalse(ChatMessage.isPostable("a".repeat(32_765) + EMOJI));
    }
}
