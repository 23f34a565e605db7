package dev.atrium.application.fakes;

import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.domain.link.PasswordThrottle;
import dev.atrium.domain.room.RoomId;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Password attempts in memory, one window per room and client, counted as {@link PasswordThrottle} says. */
public final class InMemoryPasswordAttempts implements PasswordAttempts {
    private record Window(int attempts, Instant start) {
    }

    private final Map<String, Window> windows = new HashMap<>();

    @Override
    public synchronized Optional<Duration> recordAttempt(RoomId roomId, String client, Instant now) {
        Window counted = windows.compute(key(roomId, client), (key, window) -> window == null || PasswordThrottle.startsNewWindow(window.start(), now)
                ? new Window(1, now)
                : new Window(window.attempts() + 1, window.start()));
        return PasswordThrottle.retryAfterAttempt(counted.attempts(), counted.start(), now);
    }

    @Override
    public synchronized void clear(RoomId roomId, String client) {
        windows.remove(key(roomId, client));
    }

    /** Attempts of the client on the room in its current window; 0 when none are counted. */
    public synchronized int attemptsOf(RoomId roomId, String client) {
        Window window = windows.get(key(roomId, client));
        return window == null ? 0 : window.attempts();
    }

    private static String key(RoomId roomId, String client) {
        return roomId + "|" + client;
    }
}
