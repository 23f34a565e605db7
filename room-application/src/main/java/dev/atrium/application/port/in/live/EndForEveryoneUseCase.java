package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.room.Room;

/** A moderator (END_ROOM) ends the room. */
public interface EndForEveryoneUseCase {
    /** Ends the room for everyone present (they leave with ROOM_ENDED); ending an ended room changes nothing. */
    Room endForEveryone(RoomCaller moderator);
}
