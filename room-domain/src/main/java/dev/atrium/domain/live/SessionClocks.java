package dev.atrium.domain.live;

import java.time.Instant;
import java.util.Objects;

/**
 * What a live room remembers about its session besides its people: when it started
 * ({@code activatedAt}, {@code null} when no session runs), when the count of admitted people last
 * changed (the empty and solo timers count from it), since when the room has been idle (the unused
 * timer counts from it) and the sequence of the last recorded event. The topology in use is the
 * room's ({@link dev.atrium.domain.room.Room#topologyInUse}).
 */
public record SessionClocks(Instant activatedAt, Instant countChangedAt, Instant idleSince, long lastSequence) {
    public SessionClocks {
        Objects.requireNonNull(countChangedAt, "countChangedAt");
        Objects.requireNonNull(idleSince, "idleSince");
    }

    /** A room nobody has been in yet. */
    public static SessionClocks idle(Instant createdAt) {
        return new SessionClocks(null, createdAt, createdAt, 0);
    }
}
