package dev.atrium.domain.token;

import dev.atrium.domain.fixtures.Rooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.PropertyCheck.forAll;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenIdTest {

    @Test
    void a_token_id_is_jt_and_a_sortable_suffix() {
        TokenId id = TokenId.next(NOW, Rooms.seededRandom());

        assertTrue(id.value().matches("jt_[0-9A-HJKMNP-TV-Z]{26}"), id.value());
        assertEquals(id.value(), id.toString());
    }

    @Test
    void a_token_id_carries_the_millisecond_it_was_minted() {
        Instant minted = NOW.plusNanos(123_456_789);

        assertEquals(Instant.parse("2030-01-15T09:00:00.123Z"), TokenId.next(minted, Rooms.seededRandom()).issuedAt());
    }

    @Test
    void any_instant_of_the_id_range_survives_the_round_trip_to_the_millisecond() {
        long maxMillis = (1L << 48) - 1;
        forAll(draw -> Instant.ofEpochMilli(draw.bool() ? draw.between(0L, maxMillis) : draw.oneOf(0L, 1L, maxMillis)),
                minted -> assertEquals(minted, TokenId.next(minted, new SplittableRandom(minted.toEpochMilli())).issuedAt()));
    }

    @Test
    void two_ids_of_one_millisecond_differ() {
        SplittableRandom random = new SplittableRandom(3);

        assertNotEquals(TokenId.next(NOW, random), TokenId.next(NOW, random));
    }

    @Test
    void ids_sort_by_the_time_they_were_minted() {
        TokenId earlier = TokenId.next(NOW, new SplittableRandom(1));
        TokenId later = TokenId.next(NOW.plusMillis(1), new SplittableRandom(2));

        assertTrue(earlier.value().compareTo(later.value()) < 0);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "jt_", "jt_01", "rm_01JH8W1Q5Z0000000000000000", "jt_01JH8W1Q5Z000000000000000I",
            "jt_01jh8w1q5z0000000000000000"})
    void anything_else_is_not_a_token_id(String value) {
        assertFalse(TokenId.isValid(value));
        assertThrows(IllegalArgumentException.class, () -> new TokenId(value));
    }

    @Test
    void null_is_not_a_token_id() {
        assertFalse(TokenId.isValid(null));
    }
}
