package dev.atrium.application.service;

import dev.atrium.application.port.in.live.ListParticipantsUseCase;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.live.RoomPresence;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.room.RoomStatus;

import java.util.List;

/** Who is in a room, read without the lock: a committed view, possibly a moment old. */
public final class ListParticipantsService implements ListParticipantsUseCase {
    private final LiveRoomChanges changes;

    ListParticipantsService(LiveRoomChanges changes) {
        this.changes = changes;
    }

    @Override
    public RoomPresence participants(RoomLocator room) {
        LiveRoom live = changes.read(room);
        if (live.room().status() != RoomStatus.ACTIVE) {
            return new RoomPresence(live.room(), live.topology(), List.of());
        }
        return new RoomPresence(live.room(), live.topology(), live.admitted());
    }
}
