package dev.atrium.domain.shared;

import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.ApiKeyId;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortableIdsTest {
    private static final Instant T = Instant.parse("2030-01-15T09:00:00Z");
    private static final RandomGenerator ALL_ONES = () -> -1L;
    private static final RandomGenerator ALL_ZEROS = () -> 0L;

    @Test
    void an_id_is_the_prefix_an_underscore_and_26_crockford_characters() {
        String id = SortableIds.next("rm", T, new SplittableRandom(1));

        assertTrue(id.matches("rm_[0-9A-HJKMNP-TV-Z]{26}"), id);
        assertTrue(SortableIds.pattern("rm").matcher(id).matches());
    }

    @Test
    void the_first_ten_characters_encode_the_millisecond() {
        assertEquals("rm_0000000000" + "0".repeat(16), SortableIds.next("rm", Instant.EPOCH, ALL_ZEROS));
        assertEquals("rm_0000000001" + "Z".repeat(16), SortableIds.next("rm", Instant.ofEpochMilli(1), ALL_ONES));
        assertEquals("rm_7ZZZZZZZZZ", SortableIds.next("rm", Instant.ofEpochMilli((1L << 48) - 1), ALL_ZEROS).substring(0, 13));
    }

    @Test
    void an_id_of_a_later_millisecond_sorts_after_any_id_of_an_earlier_one() {
        String earlier = SortableIds.next("rm", T, ALL_ONES);
        String later = SortableIds.next("rm", T.plusMillis(1), ALL_ZEROS);

        assertTrue(earlier.compareTo(later) < 0, earlier + " < " + later);
    }

    @Test
    void ids_of_one_millisecond_differ_in_their_random_part() {
        SplittableRandom random = new SplittableRandom(7);

        assertFalse(SortableIds.next("rm", T, random).equals(SortableIds.next("rm", T, random)));
    }

    @ParameterizedTest(name = "\"{0}\" is not a room id")
    @ValueSource(strings = {"", "rm_", "rm_0000000000000000000000000", "rm_000000000000000000000000000",
            "tn_00000000000000000000000000", "RM_00000000000000000000000000", "rm-00000000000000000000000000",
            "rm_0000000000000000000000000I", "rm_0000000000000000000000000L", "rm_0000000000000000000000000O",
            "rm_0000000000000000000000000U", "rm_0000000000000000000000000a", " rm_00000000000000000000000000"})
    void anything_else_is_not_an_id_of_the_prefix(String text) {
        assertFalse(RoomId.isValid(text));
        assertThrows(IllegalArgumentException.class, () -> new RoomId(text));
    }

    @Test
    void each_kind_of_id_has_its_own_prefix() {
        RandomGenerator random = new SplittableRandom(3);

        assertTrue(RoomId.next(T, random).value().startsWith("rm_"));
        assertTrue(TenantId.next(T, random).value().startsWith("tn_"));
        assertTrue(ApiKeyId.next(T, random).value().startsWith("ak_"));
        assertFalse(TenantId.isValid(RoomId.next(T, random).value()));
        assertFalse(RoomId.isValid(TenantId.next(T, random).value()));
    }

    @Test
    void a_prefix_with_regex_characters_is_matched_literally() {
        assertFalse(SortableIds.pattern("a.").matcher("ab_" + "0".repeat(26)).matches());
        assertTrue(SortableIds.pattern("a.").matcher("a._" + "0".repeat(26)).matches());
    }
}
