package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;

/** A participant leaves the room. */
public interface LeaveRoomUseCase {
    void leave(SessionInRoom session);
}
