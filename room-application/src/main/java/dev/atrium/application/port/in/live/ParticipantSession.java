package dev.atrium.application.port.in.live;

import dev.atrium.domain.live.Participant;

import java.time.Instant;

/**
 * A participant's session as its owner sees it: who they are in the room, a fresh session
 * credential for the participant endpoints (valid until {@code credentialExpiresAt}), and the room
 * with the people present.
 */
public record ParticipantSession(Participant participant, String credential, Instant credentialExpiresAt,
                                 RoomPresence room) {
}
