package dev.atrium.application.port.in.meeting;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.meeting.MeetingChange;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Change a meeting by what its update names. With an {@code expectedVersion} (the room's), a meeting
 * at another version is refused instead of retried.
 */
public record UpdateMeetingCommand(RoomLocator room, OptionalLong expectedVersion, MeetingChange change) {
    public UpdateMeetingCommand {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(change, "change");
    }
}
