package dev.atrium.domain.live;

import dev.atrium.domain.room.Lifetime;

import java.time.Duration;
import java.time.Instant;

/**
 * The lifetime timers that close a session, as one table: when each runs out, or {@code null} while
 * it does not run. It exists so the rules are written once: {@link LiveRoom#tick} closes the session
 * for the first timer in this order that is due, and {@link LiveRoom#nextDeadline} asks every timer
 * when it runs out, so the two can never disagree.
 */
enum SessionTimer {
    /** A running session lasts at most {@code lifetime.maxDuration}. */
    MAX_DURATION(CloseReason.MAX_DURATION) {
        @Override
        Instant runsOutIn(Session session) {
            Duration maxDuration = session.lifetime().maxDuration();
            return session.isActive() && maxDuration != null ? session.activatedAt().plus(maxDuration) : null;
        }
    },
    /** A running session nobody is admitted to closes after {@code lifetime.empty}. */
    EMPTY(CloseReason.EMPTY) {
        @Override
        Instant runsOutIn(Session session) {
            return session.isActive() && session.admittedCount() == 0
                    ? session.countChangedAt().plus(session.lifetime().empty()) : null;
        }
    },
    /** A running session with one person left alone closes after {@code lifetime.solo}. */
    SOLO(CloseReason.SOLO) {
        @Override
        Instant runsOutIn(Session session) {
            Duration solo = session.lifetime().solo();
            return session.isActive() && session.admittedCount() == 1 && solo != null
                    ? session.countChangedAt().plus(solo) : null;
        }
    },
    /**
     * Without a session, {@code lifetime.unused} ends an ADHOC room nobody used and clears a lobby
     * nobody was let in from; for a meeting it counts from the start at the earliest, since people
     * who wait for the start are held by the room, not unused.
     */
    UNUSED(CloseReason.UNUSED) {
        @Override
        Instant runsOutIn(Session session) {
            Lifetime lifetime = session.lifetime();
            if (session.isActive() || lifetime.unused() == null || !session.unusedTimerApplies()) {
                return null;
            }
            Instant from = session.idleSince();
            Instant start = session.meetingStart();
            if (start != null && start.isAfter(from)) {
                from = start;
            }
            return from.plus(lifetime.unused());
        }
    };

    private final CloseReason reason;

    SessionTimer(CloseReason reason) {
        this.reason = reason;
    }

    /** When this timer runs out in {@code session} as it is now; {@code null} while it does not run. */
    abstract Instant runsOutIn(Session session);

    CloseReason reason() {
        return reason;
    }
}
