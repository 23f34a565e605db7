package dev.atrium.application.service;

import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.PreconditionFailedException;

import java.util.OptionalLong;

/**
 * The version a caller based a change on ({@code If-Match}). Checked under the room's lock, so a
 * room at that version is the room the change applies to; a room that moved on is refused (412),
 * never changed on top of what the caller did not see.
 */
final class ExpectedVersion {
    private ExpectedVersion() {
    }

    static void require(OptionalLong expected, Room room) {
        if (expected.isPresent() && expected.getAsLong() != room.version()) {
            throw new PreconditionFailedException(ErrorCode.VERSION_MISMATCH,
                    "The room is no longer at version " + expected.getAsLong() + "; read it again and retry.");
        }
    }
}
