package dev.atrium.application.port.in;

import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.SessionGrant;

import java.util.Optional;

/**
 * What a participant does with their own session, proven by a session credential. Each change runs
 * under the room's lock and records its events; a session that is gone (left, removed, reaped) is 404
 * PARTICIPANT_NOT_FOUND.
 */
public interface ParticipantSessionUseCase {
    /** The grant of a valid, current session credential; empty for anything else. */
    Optional<SessionGrant> authenticate(String credential);

    ParticipantSession session(SessionGrant session);

    /** Proves presence and hands out a fresh credential. */
    SessionRefresh ping(SessionGrant session);

    void leave(SessionGrant session);

    Participant joinCall(SessionGrant session);

    Participant leaveCall(SessionGrant session);

    Participant changeMedia(SessionGrant session, MediaChange change);

    Participant startScreenShare(SessionGrant session, boolean takeOver);

    Participant stopScreenShare(SessionGrant session);

    Participant raiseHand(SessionGrant session, boolean raised);
}
