package dev.atrium.application.port.in.meeting;

import dev.atrium.application.port.in.RoomLocator;

public interface GetMeetingUseCase {
    /** @throws dev.atrium.domain.shared.NotFoundException ROOM_NOT_FOUND, or MEETING_NOT_FOUND for a room that is not SCHEDULED */
    Meeting getMeeting(RoomLocator room);
}
