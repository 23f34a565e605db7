package dev.atrium.adapter.signaling.socket;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageRateTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_burst_is_taken_at_once_and_the_next_message_waits_for_the_refill() {
        MessageRate rate = new MessageRate(10, 3, 0);
        assertTrue(rate.take(0));
        assertTrue(rate.take(0));
        assertTrue(rate.take(0));
        assertFalse(rate.take(0));
        assertFalse(rate.take(SECOND / 20));
        assertTrue(rate.take(SECOND / 10 + SECOND / 20));
    }

    @Test
    void a_quiet_spell_refills_no_more_than_the_burst() {
        MessageRate rate = new MessageRate(10, 2, 0);
        long later = 60 * SECOND;
        assertTrue(rate.take(later));
        assertTrue(rate.take(later));
        assertFalse(rate.take(later));
    }

    @Test
    void a_rate_or_burst_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new MessageRate(0, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> new MessageRate(5, 0, 0));
    }
}
