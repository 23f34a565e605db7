package dev.atrium.domain.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordThrottleTest {
    private static final Instant WINDOW_END = NOW.plus(Duration.ofMinutes(15));

    @Test
    void five_failures_in_15_minutes_are_allowed() {
        assertEquals(5, PasswordThrottle.MAX_FAILURES);
        assertEquals(Duration.ofMinutes(15), PasswordThrottle.WINDOW);
    }

    @ParameterizedTest(name = "after {0} failures")
    @ValueSource(ints = {0, 1, 4})
    void fewer_failures_may_try_again_at_once(int failures) {
        assertEquals(Optional.empty(), PasswordThrottle.retryAfter(failures, NOW, NOW.plusSeconds(1)));
    }

    @ParameterizedTest(name = "after {0} failures")
    @ValueSource(ints = {5, 6, 100})
    void more_failures_wait_until_the_window_ends(int failures) {
        Instant now = NOW.plus(Duration.ofMinutes(4));

        assertEquals(Optional.of(Duration.ofMinutes(11)), PasswordThrottle.retryAfter(failures, NOW, now));
    }

    @Test
    void the_wait_ends_with_the_window() {
        assertEquals(Optional.of(Duration.ofMillis(1)), PasswordThrottle.retryAfter(5, NOW, WINDOW_END.minusMillis(1)));
        assertEquals(Optional.empty(), PasswordThrottle.retryAfter(5, NOW, WINDOW_END));
    }

    @Test
    void a_failure_starts_a_new_window_once_the_old_one_ended() {
        assertFalse(PasswordThrottle.startsNewWindow(NOW, WINDOW_END.minusMillis(1)));
        assertTrue(PasswordThrottle.startsNewWindow(NOW, WINDOW_END));
    }
}
