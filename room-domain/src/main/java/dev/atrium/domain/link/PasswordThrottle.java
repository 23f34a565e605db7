package dev.atrium.domain.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many wrong passwords one client may try on one room: {@link #MAX_FAILURES} within a
 * {@link #WINDOW} starting at the first failure; then it waits until the window ends. A right
 * password clears the count.
 */
public final class PasswordThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private PasswordThrottle() {
    }

    /** How long the client must wait before another try, given its failures in the window so far. */
    public static Optional<Duration> retryAfter(int failures, Instant windowStart, Instant now) {
        Instant windowEnd = windowStart.plus(WINDOW);
        if (failures < MAX_FAILURES || !now.isBefore(windowEnd)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, windowEnd));
    }

    /** Whether a failure at {@code now} starts a new window instead of counting in the current one. */
    public static boolean startsNewWindow(Instant windowStart, Instant now) {
        return !now.isBefore(windowStart.plus(WINDOW));
    }
}
