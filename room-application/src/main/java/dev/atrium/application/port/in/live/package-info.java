/**
 * Rooms with people in them: joining, a participant's own session, moderation, the chat, who is present, and the background work (timers, the event relay) that keeps live rooms moving.
 */
package dev.atrium.application.port.in.live;
