package dev.atrium.domain.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyIdTest {

    @Test
    void a_generated_key_id_is_a_sortable_id_with_prefix_ak() {
        String id = ApiKeyId.next(Instant.parse("2030-01-15T09:00:00Z"), new SplittableRandom(1)).value();

        assertTrue(id.matches("ak_[0-9A-HJKMNP-TV-Z]{26}"), id);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"ops", "ops-key.2030_01", "ABC", "a23456789012345678901234567890123456789012345678901234567890abcd"})
    void an_operator_may_choose_3_to_64_characters_of_letters_digits_dot_underscore_and_dash(String id) {
        assertTrue(ApiKeyId.isValid(id));
        assertEquals(id, new ApiKeyId(id).value());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "ab", "a23456789012345678901234567890123456789012345678901234567890abcde", "has space",
            "colon:not", "slash/not", "ümlaut"})
    void any_other_key_id_is_refused(String id) {
        assertFalse(ApiKeyId.isValid(id));
        assertThrows(IllegalArgumentException.class, () -> new ApiKeyId(id));
    }

    @Test
    void no_text_is_not_a_key_id() {
        assertFalse(ApiKeyId.isValid(null));
    }
}
