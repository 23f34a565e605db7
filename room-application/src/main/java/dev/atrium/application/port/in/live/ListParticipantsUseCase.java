package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomLocator;

/** Who is in a room now, for the tenant's service. */
public interface ListParticipantsUseCase {
    /** The room and the people admitted to it; nobody while the room is not ACTIVE. */
    RoomPresence participants(RoomLocator room);
}
