package dev.atrium.application.service;

import dev.atrium.application.port.in.FireTimersUseCase;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.LiveRoomRepository.DueRoom;
import dev.atrium.domain.shared.NotFoundException;

import java.time.Clock;

/**
 * Ticks the rooms whose deadline passed. Each room is one ordinary change (lock, tick, save): two
 * nodes that pick the same room tick it one after the other, and the second tick finds nothing due.
 */
public final class FireTimersService implements FireTimersUseCase {
    private final LiveRoomChanges changes;
    private final LiveRoomRepository liveRooms;
    private final Clock clock;

    public FireTimersService(LiveRoomSupport support, LiveRoomRepository liveRooms, Clock clock) {
        this.changes = support.changes();
        this.liveRooms = liveRooms;
        this.clock = clock;
    }

    @Override
    public int fireDueTimers(int limit) {
        int ticked = 0;
        for (DueRoom due : liveRooms.dueAt(clock.instant(), limit)) {
            try {
                changes.apply(due.tenantId(), due.roomId(), (live, now) -> null);
                ticked++;
            } catch (NotFoundException deletedMeanwhile) {
                // The room was deleted after the poll found it: nothing left to fire.
            }
        }
        return ticked;
    }
}
