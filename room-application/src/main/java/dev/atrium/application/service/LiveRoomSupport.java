package dev.atrium.application.service;

import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.SessionCredentialCodec;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.token.TokenIssuer;

import java.time.Clock;
import java.time.Duration;

/**
 * What every live-room use case shares: the way a change runs ({@link LiveRoomChanges}) and the
 * session credentials. Built once in the wiring and handed to each service, so they all lock,
 * tick and save the same way, and all excuse the pings lost in the same store outages.
 */
public final class LiveRoomSupport {
    private final StoreOutages outages;
    private final LiveRoomChanges changes;
    private final SessionCredentials credentials;

    /** {@code presenceTimeout} is also the grace a session gets to ping again after a store outage. */
    public LiveRoomSupport(UnitOfWork unitOfWork, LiveRoomRepository liveRooms, RoomRepository rooms,
                           CurrentSigningKeys keys, SessionCredentialCodec codec, TokenIssuer issuer,
                           Duration presenceTimeout, Clock clock) {
        this.outages = new StoreOutages(presenceTimeout);
        this.changes = new LiveRoomChanges(unitOfWork, liveRooms, rooms, outages, clock);
        this.credentials = new SessionCredentials(keys, codec, issuer, clock);
    }

    StoreOutages outages() {
        return outages;
    }

    LiveRoomChanges changes() {
        return changes;
    }

    SessionCredentials credentials() {
        return credentials;
    }
}
