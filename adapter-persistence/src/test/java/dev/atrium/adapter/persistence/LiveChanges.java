package dev.atrium.adapter.persistence;

import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.TokenId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Changes of live rooms as the application makes them: lock, one domain call, save with the next
 * deadline, in one unit of work. Join grants are built here, as a verified join token would give them.
 */
public final class LiveChanges {
    public static final Duration PRESENCE = Duration.ofSeconds(45);

    private final UnitOfWork unitOfWork;
    private final LiveRoomRepository liveRooms;
    private final RandomGenerator random = new SplittableRandom();

    public LiveChanges(PersistenceContext context) {
        this(context.bean(UnitOfWork.class), context.bean(LiveRoomRepository.class));
    }

    public LiveChanges(UnitOfWork unitOfWork, LiveRoomRepository liveRooms) {
        this.unitOfWork = unitOfWork;
        this.liveRooms = liveRooms;
    }

    /** Runs {@code change} on the locked live room and saves it, at {@code now}. */
    public <T> T change(Room room, Instant now, Function<LiveRoom, T> change) {
        return unitOfWork.inTransaction(() -> {
            LiveRoom live = liveRooms.lockForChange(room.tenantId(), room.id()).orElseThrow();
            T result = change.apply(live);
            liveRooms.save(live, live.nextDeadline(now));
            return result;
        });
    }

    /**
     * Runs {@code change} on the locked live room, as every change of a stored room is made, and
     * returns the room as stored.
     */
    public Room changeRoom(Room room, Instant now, Consumer<LiveRoom> change) {
        return unitOfWork.inTransaction(() -> {
            LiveRoom live = liveRooms.lockForChange(room.tenantId(), room.id()).orElseThrow();
            change.accept(live);
            return liveRooms.save(live, live.nextDeadline(now));
        });
    }

    /** Deletes the room under its lock. */
    public void delete(Room room) {
        unitOfWork.inTransaction(() -> {
            liveRooms.delete(liveRooms.lockForChange(room.tenantId(), room.id()).orElseThrow());
            return null;
        });
    }

    /** What a timer poll does with one due room: tick it under its lock and store its next deadline. */
    public void tick(TenantId tenantId, RoomId roomId, Instant now) {
        unitOfWork.inTransaction(() -> {
            LiveRoom live = liveRooms.lockForChange(tenantId, roomId).orElseThrow();
            live.tick(now);
            liveRooms.save(live, live.nextDeadline(now));
            return null;
        });
    }

    /** A timer poll: ticks every room due at {@code now}, each in a transaction of its own; returns how many. */
    public int fireDueTimers(Instant now) {
        List<LiveRoomRepository.DueRoom> due = liveRooms.dueAt(now, 100);
        due.forEach(room -> tick(room.tenantId(), room.roomId(), now));
        return due.size();
    }

    public ParticipantId join(Room room, String userRef, Role role, Instant now) {
        return change(room, now, live -> live.join(newParticipantId(now), grant(room, userRef, role, now), now, PRESENCE).id());
    }

    public ParticipantId newParticipantId(Instant now) {
        return ParticipantId.next(now, random);
    }

    public JoinGrant grant(Room room, String userRef, Role role, Instant now) {
        return new JoinGrant(TokenId.next(now, random), room.tenantId(), room.id(), new UserRef(userRef), role,
                "Person " + userRef, Map.of("team", "blue", "desk", userRef), now, now, now.plus(Duration.ofMinutes(15)));
    }
}
