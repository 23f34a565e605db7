package dev.atrium.application.service;

import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Clock;

/**
 * What every live-room use case shares: the way a change runs ({@link LiveRoomChanges}) and the
 * session credentials. Built once in the wiring and handed to each service, so they all lock,
 * tick and save the same way.
 */
public final class LiveRoomSupport {
    private final LiveRoomChanges changes;
    private final SessionCredentials credentials;

    public LiveRoomSupport(UnitOfWork unitOfWork, LiveRoomRepository liveRooms, RoomRepository rooms,
                           CurrentSigningKeys keys, SessionCredentialCodec codec, TokenIssuer issuer, Clock clock) {
        this.changes = new LiveRoomChanges(unitOfWork, liveRooms, rooms, clock);
        this.credentials = new SessionCredentials(keys, codec, issuer, clock);
    }

    LiveRoomChanges changes() {
        return changes;
    }

    SessionCredentials credentials() {
        return credentials;
    }
}
