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

    @ParameterizedTest(name = "attempt {0}")
    @ValueSource(ints = {1, 2, 5})
    void the_first_five_attempts_of_a_window_are_checked(int attempt) {
        assertEquals(Optional.empty(), PasswordThrottle.retryAfterAttempt(attempt, NOW, NOW.plusSeconds(1)));
    }

    @ParameterizedTest(name = "attempt {0}")
    @ValueSource(ints = {6, 7, 100})
    void later_attempts_wait_until_the_window_ends(int attempt) {
        Instant now = NOW.plus(Duration.ofMinutes(4));

        assertEquals(Optional.of(Duration.ofMinutes(11)), PasswordThrottle.retryAfterAttempt(attempt, NOW, now));
    }

    @Test
    void the_wait_ends_with_the_window() {
        assertEquals(Optional.of(Duration.ofMillis(1)), PasswordThrottle.retryAfterAttempt(6, NOW, WINDOW_END.minusMillis(1)));
        assertEquals(Optional.empty(), PasswordThrottle.retryAfterAttempt(6, NOW, WINDOW_END));
    }

    @Test
    void an_attempt_starts_a_new_window_once_the_old_one_ended() {
        assertFalse(PasswordThrottle.startsNewWindow(NOW, WINDOW_END.minusMillis(1)));
        assertTrue(PasswordThrottle.startsNewWindow(NOW, WINDOW_END));
    }
}
