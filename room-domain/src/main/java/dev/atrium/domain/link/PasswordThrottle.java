package dev.atrium.domain.link;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many wrong passwords one client may try on one room: {@link #MAX_FAILURES} within a
 * {@link #WINDOW} starting at the first attempt; then it waits until the window ends. Every attempt
 * is counted before its password is checked, and a right password clears the count.
 */
public final class PasswordThrottle {
    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private PasswordThrottle() {
    }

    /**
     * Whether the {@code attempt}-th attempt of the window (counted from 1, this one included) may
     * have its password checked: empty if so, else how long the client must wait. Each earlier
     * attempt of the window failed, or the count would have been cleared.
     */
    public static Optional<Duration> retryAfterAttempt(int attempt, Instant windowStart, Instant now) {
        Instant windowEnd = windowStart.plus(WINDOW);
        int failuresBefore = attempt - 1;
        if (failuresBefore < MAX_FAILURES || !now.isBefore(windowEnd)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, windowEnd));
    }

    /** Whether an attempt at {@code now} starts a new window instead of counting in the current one. */
    public static boolean startsNewWindow(Instant windowStart, Instant now) {
        return !now.isBefore(windowStart.plus(WINDOW));
    }
}
