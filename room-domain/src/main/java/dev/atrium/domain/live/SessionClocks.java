package dev.atrium.domain.live;

import dev.atrium.domain.room.TopologyKind;

import java.time.Instant;
import java.util.Objects;

/**
 * What a live room remembers about its session besides its people: when it started
 * ({@code activatedAt}, {@code null} when no session runs), when the count of admitted people last
 * changed (the empty and solo timers count from it), since when the room has been idle (the unused
 * timer counts from it), the topology in use and the sequence of the last recorded event.
 */
public record SessionClocks(Instant activatedAt, Instant countChangedAt, Instant idleSince, TopologyKind topology,
                            long lastSequence) {
    public SessionClocks {
        Objects.requireNonNull(countChangedAt, "countChangedAt");
        Objects.requireNonNull(idleSince, "idleSince");
        Objects.requireNonNull(topology, "topology");
    }

    /** A room nobody has been in yet. */
    public static SessionClocks idle(Instant createdAt, TopologyKind topology) {
        return new SessionClocks(null, createdAt, createdAt, topology, 0);
    }
}
