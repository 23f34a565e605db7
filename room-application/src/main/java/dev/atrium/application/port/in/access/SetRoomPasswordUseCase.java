package dev.atrium.application.port.in.access;

import dev.atrium.application.port.in.RoomLocator;

/** Sets or replaces the password of a PUBLIC room. */
public interface SetRoomPasswordUseCase {
    /** @throws dev.atrium.domain.shared.ForbiddenException PASSWORD_NOT_SUPPORTED for a room that is not PUBLIC */
    void setPassword(RoomLocator room, String password);
}
