/**
 * A room while people are in it: the {@link dev.atrium.domain.live.LiveRoom} aggregate holds the
 * room, the people present (admitted or in the lobby), the session's clocks and the events every
 * change records. Capacity, the lobby, one presenter, the permission checks and the timers that
 * close a session are decided here, so every adapter (and every embedding service) gets the same rules.
 * {@code LiveRoom} is the only way in; its concerns are package-private collaborators beside it
 * (see docs/adr/0010-live-room-collaborators.md).
 */
package dev.atrium.domain.live;
