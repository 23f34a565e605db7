package dev.atrium.application.port.in.live;

import dev.atrium.domain.live.Participant;

import java.time.Instant;

/**
 * A participant's session as its owner sees it: who they are in the room, a fresh session
 * credential for the participant endpoints (valid until {@code credentialExpiresAt}), the room
 * with the people present, and {@code seq}, the sequence of the room's last event when it was read:
 * the room's events after it are what happened since.
 */
public record ParticipantSession(Participant participant, String credential, Instant credentialExpiresAt,
                                 RoomPresence room, long seq) {
}
