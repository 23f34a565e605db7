package dev.atrium.application.service;

import dev.atrium.application.port.in.live.FireTimersUseCase;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.LiveRoomRepository.DueRoom;
import dev.atrium.application.port.out.StoreUnavailableException;
import dev.atrium.domain.shared.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Ticks the rooms whose deadline passed. Each room is one ordinary change (lock, tick, save): two
 * nodes that pick the same room tick it one after the other, and the second tick finds nothing due.
 * Polling every second or so, it is also how a node notices that its store went away and came back
 * ({@link StoreOutages}), even when no request comes in.
 */
public final class FireTimersService implements FireTimersUseCase {
    private final LiveRoomChanges changes;
    private final StoreOutages outages;
    private final LiveRoomRepository liveRooms;
    private final Clock clock;

    FireTimersService(LiveRoomChanges changes, StoreOutages outages, LiveRoomRepository liveRooms, Clock clock) {
        this.changes = changes;
        this.outages = outages;
        this.liveRooms = liveRooms;
        this.clock = clock;
    }

    @Override
    public int fireDueTimers(int limit) {
        int ticked = 0;
        for (DueRoom due : dueRooms(limit)) {
            try {
                changes.apply(due.tenantId(), due.roomId(), (live, now) -> null);
                ticked++;
            } catch (NotFoundException deletedMeanwhile) {
                // The room was deleted after the poll found it: nothing left to fire.
            }
        }
        return ticked;
    }

    private List<DueRoom> dueRooms(int limit) {
        Instant now = clock.instant();
        try {
            List<DueRoom> due = liveRooms.dueAt(now, limit);
            outages.reached(now);
            return due;
        } catch (StoreUnavailableException e) {
            outages.unreachable(now);
            throw e;
        }
    }
}
