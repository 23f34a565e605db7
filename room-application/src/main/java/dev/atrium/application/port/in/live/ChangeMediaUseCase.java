package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.Participant;

/** A participant turns their own microphone, camera or chat on or off. */
public interface ChangeMediaUseCase {
    Participant changeMedia(SessionInRoom session, MediaChange change);
}
