package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.Participant;

import java.util.List;

/** A moderator (ADMIT_FROM_LOBBY) sees who waits; it locks nothing and saves nothing. */
public interface ShowLobbyUseCase {
    /** Who waits or knocks, in the order they came. */
    List<Participant> lobby(RoomCaller moderator);
}
