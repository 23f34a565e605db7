package dev.atrium.domain.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantIdTest {

    @Test
    void a_session_id_is_pt_and_a_time_sortable_suffix() {
        ParticipantId id = ParticipantId.next(NOW, new SplittableRandom(1));

        assertTrue(id.value().matches("pt_[0-9A-HJKMNP-TV-Z]{26}"), id.value());
        assertTrue(ParticipantId.isValid(id.value()));
        assertEquals(id.value(), id.toString());
        assertEquals(id, new ParticipantId(id.value()));
    }

    @Test
    void a_later_session_sorts_after_an_earlier_one() {
        SplittableRandom random = new SplittableRandom(2);
        Instant later = NOW.plusMillis(1);

        for (int i = 0; i < 100; i++) {
            String earlier = ParticipantId.next(NOW, random).value();
            assertTrue(earlier.compareTo(ParticipantId.next(later, random).value()) < 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pt_", "pt_01Q4JCT7M4N6D7BA9Z781T43B", "pt_01Q4JCT7M4N6D7BA9Z781T43BXX",
            "rm_01Q4JCT7M4N6D7BA9Z781T43BX", "PT_01Q4JCT7M4N6D7BA9Z781T43BX", "pt_01Q4JCT7M4N6D7BA9Z781T43BU",
            "pt_01q4jct7m4n6d7ba9z781t43bx", " pt_01Q4JCT7M4N6D7BA9Z781T43BX"})
    void anything_else_is_not_a_session_id(String value) {
        assertFalse(ParticipantId.isValid(value));
        assertThrows(IllegalArgumentException.class, () -> new ParticipantId(value));
    }

    @Test
    void no_text_is_not_a_session_id() {
        assertFalse(ParticipantId.isValid(null));
        assertThrows(NullPointerException.class, () -> new ParticipantId(null));
    }
}
