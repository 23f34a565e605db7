package dev.atrium.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What this node saw of its store being unreachable, so that presence does not punish people for
 * the server's own outage. An outage counts from the last time the store was reached before it (a
 * ping sent after that may already have been lost) until the store is reached again; for one
 * presence timeout after that, {@link #grace} excuses the pings lost meanwhile. An outage that
 * starts while the grace of the one before still runs extends it. Kept in memory: a node that
 * restarts, or one that never lost the store, excuses nothing.
 */
final class StoreOutages {
    /** Presence deadlines from {@code since} on move to at least {@code until}. */
    record Grace(Instant since, Instant until) {
    }

    private final Duration presenceTimeout;
    private Instant lastReached;
    private Instant unreachableSince;
    private Grace grace;

    StoreOutages(Duration presenceTimeout) {
        this.presenceTimeout = presenceTimeout;
    }

    synchronized void reached(Instant at) {
        if (unreachableSince != null) {
            grace = new Grace(unreachableSince, at.plus(presenceTimeout));
            unreachableSince = null;
        }
        lastReached = at;
    }

    synchronized void unreachable(Instant at) {
        if (unreachableSince != null) {
            return;
        }
        Instant since = lastReached == null ? at : lastReached;
        unreachableSince = grace != null && !since.isAfter(grace.until()) ? grace.since() : since;
    }

    /** The excuse that holds at {@code now}, if an outage ended less than a presence timeout ago. */
    synchronized Optional<Grace> grace(Instant now) {
        return Optional.ofNullable(grace).filter(running -> now.isBefore(running.until()));
    }
}
