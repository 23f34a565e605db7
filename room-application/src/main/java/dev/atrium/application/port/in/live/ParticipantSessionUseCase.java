package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.SessionGrant;

import java.util.Optional;

/**
 * What a participant does with their own session, proven by a session credential. Each change runs
 * under the room's lock and records its events; a session that is gone (left, removed, reaped) is 404
 * PARTICIPANT_NOT_FOUND. Each takes the room the request names with the session, and refuses a session
 * of another room (see {@link SessionInRoom}).
 */
public interface ParticipantSessionUseCase {
    /** The grant of a valid, current session credential; empty for anything else. */
    Optional<SessionGrant> authenticate(String credential);

    ParticipantSession session(SessionInRoom session);

    /** Proves presence and hands out a fresh credential. */
    SessionRefresh ping(SessionInRoom session);

    void leave(SessionInRoom session);

    Participant joinCall(SessionInRoom session);

    Participant leaveCall(SessionInRoom session);

    Participant changeMedia(SessionInRoom session, MediaChange change);

    Participant startScreenShare(SessionInRoom session, boolean takeOver);

    Participant stopScreenShare(SessionInRoom session);

    Participant raiseHand(SessionInRoom session, boolean raised);
}
