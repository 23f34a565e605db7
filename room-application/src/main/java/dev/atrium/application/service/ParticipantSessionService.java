package dev.atrium.application.service;

import dev.atrium.application.port.in.MediaChange;
import dev.atrium.application.port.in.ParticipantSession;
import dev.atrium.application.port.in.ParticipantSessionUseCase;
import dev.atrium.application.port.in.RoomPresence;
import dev.atrium.application.port.in.SessionRefresh;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/** A participant's own session: each call is one change of the live room under its lock. */
public final class ParticipantSessionService implements ParticipantSessionUseCase {
    private final LiveRoomChanges changes;
    private final SessionCredentials credentials;
    private final Duration presenceTimeout;

    public ParticipantSessionService(LiveRoomSupport support, Duration presenceTimeout) {
        this.changes = support.changes();
        this.credentials = support.credentials();
        this.presenceTimeout = presenceTimeout;
    }

    @Override
    public Optional<SessionGrant> authenticate(String credential) {
        return credentials.verify(credential);
    }

    @Override
    public ParticipantSession session(SessionGrant session) {
        return change(session, (live, now) -> sessionOf(live, live.participant(session.participantId())
                .orElseThrow(() -> gone(session)), now));
    }

    @Override
    public SessionRefresh ping(SessionGrant session) {
        return change(session, (live, now) -> {
            Participant pinged = live.ping(session.participantId(), now, presenceTimeout);
            SessionCredentials.Issued issued = credentials.issue(live, pinged.id(), now);
            return new SessionRefresh(pinged, issued.credential(), issued.grant().expiresAt());
        });
    }

    @Override
    public void leave(SessionGrant session) {
        change(session, (live, now) -> {
            live.leave(session.participantId(), now);
            return null;
        });
    }

    @Override
    public Participant joinCall(SessionGrant session) {
        return change(session, (live, now) -> live.joinCall(session.participantId(), now));
    }

    @Override
    public Participant leaveCall(SessionGrant session) {
        return change(session, (live, now) -> live.leaveCall(session.participantId(), now));
    }

    @Override
    public Participant changeMedia(SessionGrant session, MediaChange change) {
        return change(session, (live, now) -> live.changeMedia(session.participantId(), change.microphone(),
                change.camera(), change.chat(), now));
    }

    @Override
    public Participant startScreenShare(SessionGrant session, boolean takeOver) {
        return change(session, (live, now) -> live.startScreenShare(session.participantId(), takeOver, now));
    }

    @Override
    public Participant stopScreenShare(SessionGrant session) {
        return change(session, (live, now) -> live.stopScreenShare(session.participantId(), now));
    }

    @Override
    public Participant raiseHand(SessionGrant session, boolean raised) {
        return change(session, (live, now) -> live.raiseHand(session.participantId(), raised, now));
    }

    private <T> T change(SessionGrant session, BiFunction<LiveRoom, Instant, T> change) {
        return changes.apply(session.tenantId(), session.roomId(), change);
    }

    private ParticipantSession sessionOf(LiveRoom live, Participant participant, Instant now) {
        SessionCredentials.Issued issued = credentials.issue(live, participant.id(), now);
        return new ParticipantSession(participant, issued.credential(), issued.grant().expiresAt(), RoomPresence.of(live));
    }

    private static NotFoundException gone(SessionGrant session) {
        return new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, "Session " + session.participantId() + " is no longer in the room.");
    }
}
