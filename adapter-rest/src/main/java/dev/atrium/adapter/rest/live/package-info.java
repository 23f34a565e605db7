/**
 * The live room over HTTP: entering a room with a join token, a participant's own session (presence,
 * call, media, screen, hand), the lobby, moderation of participants, and the room's chat with long
 * polling. Participants prove themselves with session credentials, the tenant's service with its API
 * key; {@link dev.atrium.adapter.rest.auth.AuthenticationFilter} checks both.
 */
package dev.atrium.adapter.rest.live;
