package dev.atrium.adapter.rest.live;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A ping's answer: the fresh credential (use it from now on) and the participant as they are now.
 * The room and its people are left out: everybody pings every few seconds, and a session's full
 * answer ({@code GET .../sessions/self}) grows with the room.
 */
@Serdeable
public record PingResponse(String credential, String credentialExpiresAt, ParticipantResponse participant) {
}
