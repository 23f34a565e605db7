package dev.atrium.application.service;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;

/** Resolves a {@link RoomLocator} to a room of its tenant; another tenant's room is simply not found. */
final class RoomFinder {
    private final RoomRepository rooms;

    RoomFinder(RoomRepository rooms) {
        this.rooms = rooms;
    }

    Room find(RoomLocator locator) {
        if (!locator.isWellFormed()) {
            throw notFound(locator);
        }
        return (locator.isRoomId()
                ? rooms.findById(locator.tenantId(), new RoomId(locator.idOrExternalId()))
                : rooms.findByExternalId(locator.tenantId(), new ExternalId(locator.idOrExternalId())))
                .orElseThrow(() -> notFound(locator));
    }

    private static NotFoundException notFound(RoomLocator locator) {
        return new NotFoundException(ErrorCode.ROOM_NOT_FOUND, "No room '" + locator.idOrExternalId() + "'.");
    }
}
