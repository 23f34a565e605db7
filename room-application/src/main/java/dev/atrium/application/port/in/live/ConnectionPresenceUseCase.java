package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;

import java.time.Duration;

/**
 * A live connection (the signaling socket) is presence. While it is open, and for a grace period
 * after it closes without its participant leaving, the participant stays present: each call moves
 * their presence deadline to now + grace, never back. A reconnect within the grace keeps them, and
 * nobody sees them leave or join; otherwise they leave with reason {@code TIMEOUT} once the grace
 * after the close has passed. Each call refuses a participant no longer present, as a ping does.
 */
public interface ConnectionPresenceUseCase {
    /** A connection was just opened for the session (its welcome carried a credential already). */
    void connected(SessionInRoom session);

    /** The connection is still open: present for another grace, with a fresh credential for the next hello. */
    SessionRefresh stillConnected(SessionInRoom session);

    /** The connection closed, and the participant may reconnect: present for one more grace from now. */
    void disconnected(SessionInRoom session);

    /**
     * How often an open connection must call {@link #stillConnected}: half the grace, so a connection
     * refreshed late by a little still moves the deadline before it passes.
     */
    Duration refreshInterval();
}
