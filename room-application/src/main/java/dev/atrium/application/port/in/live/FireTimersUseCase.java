package dev.atrium.application.port.in.live;

/** Runs the rooms' timers; a scheduler calls it. */
public interface FireTimersUseCase {
    /**
     * Ticks up to {@code limit} rooms whose timers are due, each in its own transaction under its
     * lock; returns how many were ticked. Ticking a room that another node ticked first changes nothing.
     */
    int fireDueTimers(int limit);
}
