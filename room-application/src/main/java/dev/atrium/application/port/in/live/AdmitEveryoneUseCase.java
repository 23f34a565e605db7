package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.Participant;

import java.util.List;

/** A moderator (ADMIT_FROM_LOBBY) lets everyone in the lobby in. */
public interface AdmitEveryoneUseCase {
    List<Participant> admitAll(RoomCaller moderator);
}
