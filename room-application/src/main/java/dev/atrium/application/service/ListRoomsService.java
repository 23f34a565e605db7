package dev.atrium.application.service;

import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.in.room.ListRoomsUseCase;
import dev.atrium.application.port.in.room.RoomCursor;
import dev.atrium.application.port.in.room.RoomPage;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.room.Room;

import java.util.List;
import java.util.Optional;

public final class ListRoomsService implements ListRoomsUseCase {
    private final RoomRepository rooms;

    public ListRoomsService(RoomRepository rooms) {
        this.rooms = rooms;
    }

    @Override
    public RoomPage listRooms(ListRoomsQuery query) {
        // One row more than the page tells whether another page follows, without a count query.
        List<Room> found = rooms.list(query, query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new RoomPage(found, Optional.empty());
        }
        List<Room> page = found.subList(0, query.limit());
        Room last = page.get(page.size() - 1);
        return new RoomPage(page, Optional.of(new RoomCursor(last.id(), query.order())));
    }
}
