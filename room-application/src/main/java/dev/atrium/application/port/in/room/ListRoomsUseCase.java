package dev.atrium.application.port.in.room;

public interface ListRoomsUseCase {
    RoomPage listRooms(ListRoomsQuery query);
}
