package dev.atrium.application.port.in;

public interface ListRoomsUseCase {
    RoomPage listRooms(ListRoomsQuery query);
}
