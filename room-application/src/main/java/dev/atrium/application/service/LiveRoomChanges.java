package dev.atrium.application.service;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.StoreUnavailableException;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.tenant.TenantId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How every change of a stored room runs, whether it moves people or settings: one transaction that
 * locks the room, lets the timers catch up (a ghost past its presence deadline gives its place back
 * before a join counts places), applies the change, fires what the change made due (an empty room
 * with a zero empty timeout closes at once) and saves the room with its events and next deadline. A
 * domain error rolls everything back. Retrying a transaction that clashed with another is the
 * {@link UnitOfWork}'s alone. Before the timers catch up, pings lost while the store was unreachable
 * are excused ({@link StoreOutages}), so the first change after an outage does not reap everybody.
 * A ping takes none of it while nothing of its room is due ({@link #extendPresence}): it moves one
 * participant's presence, which no rule of the room reads before the room's next deadline.
 * Reads take none of this: they see the last committed room ({@link #read}), or that room with its
 * timers caught up in memory ({@link #view}), and neither locks nor saves.
 */
final class LiveRoomChanges {
    private final UnitOfWork unitOfWork;
    private final LiveRoomRepository liveRooms;
    private final RoomFinder finder;
    private final StoreOutages outages;
    private final Clock clock;

    LiveRoomChanges(UnitOfWork unitOfWork, LiveRoomRepository liveRooms, RoomRepository rooms, StoreOutages outages,
                    Clock clock) {
        this.unitOfWork = unitOfWork;
        this.liveRooms = liveRooms;
        this.finder = new RoomFinder(rooms);
        this.outages = outages;
        this.clock = clock;
    }

    <T> T apply(RoomLocator locator, BiFunction<LiveRoom, Instant, T> change) {
        return apply(locator.tenantId(), roomIdOf(locator), change);
    }

    <T> T apply(TenantId tenantId, RoomId roomId, BiFunction<LiveRoom, Instant, T> change) {
        return locked(tenantId, roomId, (live, now) -> {
            T result = change.apply(live, now);
            save(live, now);
            return result;
        });
    }

    /**
     * Applies {@code change} as {@link #apply} does and answers with {@code answer} of the room as
     * stored, at its new version, in the same transaction.
     */
    <T> T apply(RoomLocator locator, BiConsumer<LiveRoom, Instant> change, Function<Room, T> answer) {
        return apply(locator.tenantId(), roomIdOf(locator), change, answer);
    }

    <T> T apply(TenantId tenantId, RoomId roomId, BiConsumer<LiveRoom, Instant> change, Function<Room, T> answer) {
        return locked(tenantId, roomId, (live, now) -> {
            change.accept(live, now);
            return answer.apply(save(live, now));
        });
    }

    /**
     * A ping without the room's lock: moves the presence of the session's participant to {@code now +
     * presenceTimeout} in one write and answers with {@code answer} of the participant as stored,
     * when the room has nothing due and the participant is present
     * ({@link LiveRoomRepository#extendPresence}); empty otherwise, and the caller's ping then runs
     * as a change under the lock ({@link #apply}), which fires what is due, excuses pings lost in an
     * outage and refuses as every change does. The store being reached or not counts for
     * {@link StoreOutages} as for any change.
     */
    <T> Optional<T> extendPresence(SessionGrant session, RoomId roomId, Duration presenceTimeout,
                                   BiFunction<Participant, Instant, T> answer) {
        try {
            Instant now = clock.instant();
            Optional<Participant> pinged = unitOfWork.inTransaction(() -> liveRooms.extendPresence(
                    session.tenantId(), roomId, session.participantId(), now, now.plus(presenceTimeout)));
            outages.reached(now);
            return pinged.map(participant -> answer.apply(participant, now));
        } catch (StoreUnavailableException e) {
            outages.unreachable(clock.instant());
            throw e;
        }
    }

    /** Deletes the room under its lock, after the timers caught up, once {@code check} let it. */
    void delete(RoomLocator locator, Consumer<LiveRoom> check) {
        locked(locator.tenantId(), roomIdOf(locator), (live, now) -> {
            check.accept(live);
            liveRooms.delete(live);
            return live;
        });
    }

    private Room save(LiveRoom live, Instant now) {
        live.tick(now);
        return liveRooms.save(live, live.nextDeadline(now));
    }

    private <T> T locked(TenantId tenantId, RoomId roomId, BiFunction<LiveRoom, Instant, T> work) {
        try {
            return unitOfWork.inTransaction(() -> {
                Instant now = clock.instant();
                LiveRoom live = liveRooms.lockForChange(tenantId, roomId)
                        .orElseThrow(() -> new NotFoundException(ErrorCode.ROOM_NOT_FOUND, "No room '" + roomId + "'."));
                outages.reached(now);
                outages.grace(now).ifPresent(grace -> live.excuseLostPings(grace.since(), grace.until()));
                live.tick(now);
                return work.apply(live, now);
            });
        } catch (StoreUnavailableException e) {
            outages.unreachable(clock.instant());
            throw e;
        }
    }

    RoomId roomIdOf(RoomLocator locator) {
        return finder.find(locator).id();
    }

    /** The room a caller names, which for a participant must be the room of their session. */
    RoomId roomIdOf(RoomCaller caller) {
        return caller.session() == null
                ? roomIdOf(caller.room()) : roomOfSession(caller.room().idOrExternalId(), caller.session());
    }

    /** The room of the session, once the room the request names is that room. */
    RoomId roomIdOf(SessionInRoom session) {
        return roomOfSession(session.room(), session.grant());
    }

    /**
     * The one place that keeps a session in its own room: a name of another room of the tenant is 403
     * PERMISSION_DENIED, a name of no room of the tenant 404 ROOM_NOT_FOUND. The session's own room id
     * needs no look-up.
     */
    private RoomId roomOfSession(String named, SessionGrant session) {
        if (named.equals(session.roomId().value())) {
            return session.roomId();
        }
        RoomId roomId = roomIdOf(new RoomLocator(session.tenantId(), named));
        if (!roomId.equals(session.roomId())) {
            throw new ForbiddenException(ErrorCode.PERMISSION_DENIED, "The session is for another room.");
        }
        return roomId;
    }

    /**
     * Runs {@code read} on the live room as last committed, without the lock, after the timers caught
     * up on this copy alone: a read shows what the next change would find (a ghost past its deadline is
     * gone, pings lost in an outage are excused) and saves nothing.
     */
    <T> T view(TenantId tenantId, RoomId roomId, BiFunction<LiveRoom, Instant, T> read) {
        try {
            Instant now = clock.instant();
            LiveRoom live = read(tenantId, roomId);
            outages.reached(now);
            outages.grace(now).ifPresent(grace -> live.excuseLostPings(grace.since(), grace.until()));
            live.tick(now);
            return read.apply(live, now);
        } catch (StoreUnavailableException e) {
            outages.unreachable(clock.instant());
            throw e;
        }
    }

    /** The live room as last committed, without the lock: for reads. */
    LiveRoom read(TenantId tenantId, RoomId roomId) {
        return liveRooms.find(tenantId, roomId)
                .orElseThrow(() -> new NotFoundException(ErrorCode.ROOM_NOT_FOUND, "No room '" + roomId + "'."));
    }

    LiveRoom read(RoomLocator locator) {
        return read(locator.tenantId(), roomIdOf(locator));
    }
}
