/**
 * The clocks that drive the live rooms on every node: a poll fires the rooms' due timers, and a
 * relay publishes what the rooms recorded, right after each commit that appended events, once at
 * start (what a crash left unpublished) and every few hundred milliseconds as the backstop. Each
 * calls one use case; the database locks make it safe for every node to run them. A sweep deletes
 * published events after their retention period; it is the outbox's own housekeeping and calls the
 * outbox directly, since no rule of the core is involved. Tests switch the timers and the relay off
 * ({@code atrium.timers.enabled}, {@code atrium.events.relay-enabled}) and call the use cases
 * themselves.
 */
package dev.atrium.adapter.persistence.schedule;
