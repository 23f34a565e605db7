package dev.atrium.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** Too many failed attempts from one client; {@link #retryAfter()} says how long to wait. */
public final class ThrottledException extends DomainException {
    private final Duration retryAfter;

    public ThrottledException(ErrorCode code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
