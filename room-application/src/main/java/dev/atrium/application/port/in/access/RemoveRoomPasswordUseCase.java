package dev.atrium.application.port.in.access;

import dev.atrium.application.port.in.RoomLocator;

/** Opens a PUBLIC room to anyone again, without a password. */
public interface RemoveRoomPasswordUseCase {
    void removePassword(RoomLocator room);
}
