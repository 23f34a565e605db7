package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.SqlFailures;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;
import io.micronaut.data.exceptions.DataAccessException;

import java.util.function.Supplier;

/**
 * Writes of rows that belong to a room. The room was found moments before, but another request may
 * have deleted it since; its foreign key then refuses the row, and the caller learns what a later
 * request would: there is no such room.
 */
public final class RoomReferences {
    private RoomReferences() {
    }

    public static <T> T writeForRoom(RoomId roomId, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (SqlFailures.isMissingParent(e)) {
                throw new NotFoundException(ErrorCode.ROOM_NOT_FOUND, "Room " + roomId + " was deleted meanwhile");
            }
            throw e;
        }
    }
}
