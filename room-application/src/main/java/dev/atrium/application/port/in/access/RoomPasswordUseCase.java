package dev.atrium.application.port.in.access;

import dev.atrium.application.port.in.RoomLocator;

/** The password of a PUBLIC room. */
public interface RoomPasswordUseCase {
    /** @throws dev.atrium.domain.shared.ForbiddenException PASSWORD_NOT_SUPPORTED for a room that is not PUBLIC */
    void setPassword(RoomLocator room, String password);

    void removePassword(RoomLocator room);
}
