package dev.atrium.application.port.in.live;

import dev.atrium.domain.live.Participant;

import java.time.Instant;

/**
 * What a ping answers: the participant as they are now and a fresh credential, without the room and
 * its people, because every participant pings every few seconds and a big room's list is large.
 */
public record SessionRefresh(Participant participant, String credential, Instant credentialExpiresAt) {
}
