package dev.atrium.application.service;

import dev.atrium.application.port.in.room.EndRoomUseCase;
import dev.atrium.application.port.in.live.ModerateRoomUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.room.Room;

/** Ending a room by the tenant's service: the live room ends it for everyone in it. */
public final class EndRoomService implements EndRoomUseCase {
    private final ModerateRoomUseCase moderation;

    public EndRoomService(ModerateRoomUseCase moderation) {
        this.moderation = moderation;
    }

    @Override
    public Room endRoom(RoomLocator locator) {
        return moderation.endForEveryone(RoomCaller.service(locator));
    }
}
