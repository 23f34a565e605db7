package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import dev.atrium.domain.shared.Violations;

import java.time.Duration;

/**
 * When a room's session closes by itself, each timer named for what it measures. A timer of 0 is
 * off, except {@code emptyTimeoutSeconds}, where 0 closes the session as soon as the last one leaves.
 * <ul>
 *   <li>{@code unusedTimeoutSeconds}: nobody was admitted since the room was created (an ADHOC room
 *       then ends) or since somebody started waiting in the lobby of an idle room (the lobby is cleared; a meeting's
 *       lobby not before the meeting's start);</li>
 *   <li>{@code emptyTimeoutSeconds}: a session ran and the last admitted person left;</li>
 *   <li>{@code soloTimeoutSeconds}: exactly one person is left in the session;</li>
 *   <li>{@code maxDurationMinutes}: since the session started.</li>
 * </ul>
 */
public record Lifetime(int unusedTimeoutSeconds, int emptyTimeoutSeconds, int soloTimeoutSeconds, int maxDurationMinutes) {
    public static final int DEFAULT_UNUSED_SECONDS = 300;
    public static final int DEFAULT_EMPTY_SECONDS = 60;
    public static final int MAX_TIMEOUT_SECONDS = 86_400;

    static Lifetime from(LifetimeDraft draft, Violations violations) {
        LifetimeDraft d = draft == null ? new LifetimeDraft(null, null, null, null) : draft;
        Integer unused = violations.intInRange("lifetime.unusedTimeoutSeconds", d.unusedTimeoutSeconds(),
                DEFAULT_UNUSED_SECONDS, 0, MAX_TIMEOUT_SECONDS);
        Integer empty = violations.intInRange("lifetime.emptyTimeoutSeconds", d.emptyTimeoutSeconds(),
                DEFAULT_EMPTY_SECONDS, 0, MAX_TIMEOUT_SECONDS);
        Integer solo = violations.intInRange("lifetime.soloTimeoutSeconds", d.soloTimeoutSeconds(), 0, 0, MAX_TIMEOUT_SECONDS);
        Integer maxDuration = violations.intInRange("lifetime.maxDurationMinutes", d.maxDurationMinutes(), 0, 0,
                Schedule.MAX_DURATION_MINUTES);
        if (unused == null || empty == null || solo == null || maxDuration == null) {
            return null;
        }
        return new Lifetime(unused, empty, solo, maxDuration);
    }

    /** {@code null} when the timer is off. */
    public Duration unused() {
        return unusedTimeoutSeconds == 0 ? null : Duration.ofSeconds(unusedTimeoutSeconds);
    }

    /** Never off: 0 closes the session at once. */
    public Duration empty() {
        return Duration.ofSeconds(emptyTimeoutSeconds);
    }

    /** {@code null} when the timer is off. */
    public Duration solo() {
        return soloTimeoutSeconds == 0 ? null : Duration.ofSeconds(soloTimeoutSeconds);
    }

    /** {@code null} when the timer is off. */
    public Duration maxDuration() {
        return maxDurationMinutes == 0 ? null : Duration.ofMinutes(maxDurationMinutes);
    }

    LifetimeDraft toDraft() {
        return new LifetimeDraft(unusedTimeoutSeconds, emptyTimeoutSeconds, soloTimeoutSeconds, maxDurationMinutes);
    }
}
