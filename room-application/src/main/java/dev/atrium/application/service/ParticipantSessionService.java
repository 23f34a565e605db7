package dev.atrium.application.service;

import dev.atrium.application.port.in.live.MediaChange;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.AuthenticateSessionUseCase;
import dev.atrium.application.port.in.live.ChangeMediaUseCase;
import dev.atrium.application.port.in.live.GetSessionUseCase;
import dev.atrium.application.port.in.live.JoinCallUseCase;
import dev.atrium.application.port.in.live.LeaveCallUseCase;
import dev.atrium.application.port.in.live.LeaveRoomUseCase;
import dev.atrium.application.port.in.live.PingSessionUseCase;
import dev.atrium.application.port.in.live.RaiseHandUseCase;
import dev.atrium.application.port.in.live.SessionConnectedUseCase;
import dev.atrium.application.port.in.live.SessionDisconnectedUseCase;
import dev.atrium.application.port.in.live.SessionStillConnectedUseCase;
import dev.atrium.application.port.in.live.StartScreenShareUseCase;
import dev.atrium.application.port.in.live.StopScreenShareUseCase;
import dev.atrium.application.port.in.live.RoomPresence;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.SessionRefresh;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A participant's own session. Each change is one change of the live room under its lock, except a
 * ping while nothing of the room is due, which moves one participant's presence alone; reading the
 * session takes no lock and saves nothing. They share the live-room changes and the session
 * credentials, so one service serves them all. A REST ping keeps its participant present for the
 * presence timeout, a live connection for the grace ({@link SessionConnectedUseCase},
 * {@link SessionStillConnectedUseCase}, {@link SessionDisconnectedUseCase}): the same write with
 * another duration.
 */
public final class ParticipantSessionService implements AuthenticateSessionUseCase, GetSessionUseCase,
        PingSessionUseCase, SessionConnectedUseCase, SessionStillConnectedUseCase, SessionDisconnectedUseCase,
        LeaveRoomUseCase, JoinCallUseCase, LeaveCallUseCase, ChangeMediaUseCase, StartScreenShareUseCase,
        StopScreenShareUseCase, RaiseHandUseCase {
    private final LiveRoomChanges changes;
    private final SessionCredentials credentials;
    private final Duration presenceTimeout;
    private final Duration connectionGrace;

    ParticipantSessionService(LiveRoomChanges changes, SessionCredentials credentials, Duration presenceTimeout,
                              Duration connectionGrace) {
        this.changes = changes;
        this.credentials = credentials;
        this.presenceTimeout = presenceTimeout;
        this.connectionGrace = connectionGrace;
    }

    @Override
    public Optional<SessionGrant> authenticate(String credential) {
        return credentials.verify(credential);
    }

    @Override
    public ParticipantSession session(SessionInRoom session) {
        return changes.view(session.grant().tenantId(), changes.roomIdOf(session), (live, now) -> sessionOf(live,
                live.participant(session.grant().participantId()).orElseThrow(() -> gone(session)), now));
    }

    /** The credential is renewed from the session alone. */
    @Override
    public SessionRefresh ping(SessionInRoom session) {
        return present(session, presenceTimeout, (pinged, now) -> refresh(session.grant(), pinged, now));
    }

    @Override
    public void connected(SessionInRoom session) {
        present(session, connectionGrace, (present, now) -> present);
    }

    @Override
    public SessionRefresh stillConnected(SessionInRoom session) {
        return present(session, connectionGrace, (present, now) -> refresh(session.grant(), present, now));
    }

    @Override
    public void disconnected(SessionInRoom session) {
        present(session, connectionGrace, (present, now) -> present);
    }

    /**
     * The participant stays present for {@code duration} from now, or longer if they already were.
     * Costs one write of the participant's row, whatever the size of the room, while nothing of the
     * room is due; otherwise, and to refuse someone no longer present, it is a change under the lock,
     * whose tick fires what is due first.
     */
    private <T> T present(SessionInRoom session, Duration duration, BiFunction<Participant, Instant, T> answer) {
        SessionGrant grant = session.grant();
        RoomId roomId = changes.roomIdOf(session);
        return changes.extendPresence(grant, roomId, duration, answer)
                .orElseGet(() -> changes.apply(grant.tenantId(), roomId, (live, now) ->
                        answer.apply(live.ping(grant.participantId(), now, duration), now)));
    }

    private SessionRefresh refresh(SessionGrant grant, Participant pinged, Instant now) {
        SessionCredentials.Issued issued = credentials.renew(grant, now);
        return new SessionRefresh(pinged, issued.credential(), issued.grant().expiresAt());
    }

    @Override
    public void leave(SessionInRoom session) {
        change(session, (live, now) -> {
            live.leave(session.grant().participantId(), now);
            return null;
        });
    }

    @Override
    public Participant joinCall(SessionInRoom session) {
        return change(session, (live, now) -> live.joinCall(session.grant().participantId(), now));
    }

    @Override
    public Participant leaveCall(SessionInRoom session) {
        return change(session, (live, now) -> live.leaveCall(session.grant().participantId(), now));
    }

    @Override
    public Participant changeMedia(SessionInRoom session, MediaChange change) {
        return change(session, (live, now) -> live.changeMedia(session.grant().participantId(), change.microphone(),
                change.camera(), change.chat(), now));
    }

    @Override
    public Participant startScreenShare(SessionInRoom session, boolean takeOver) {
        return change(session, (live, now) -> live.startScreenShare(session.grant().participantId(), takeOver, now));
    }

    @Override
    public Participant stopScreenShare(SessionInRoom session) {
        return change(session, (live, now) -> live.stopScreenShare(session.grant().participantId(), now));
    }

    @Override
    public Participant raiseHand(SessionInRoom session, boolean raised) {
        return change(session, (live, now) -> live.raiseHand(session.grant().participantId(), raised, now));
    }

    private <T> T change(SessionInRoom session, BiFunction<LiveRoom, Instant, T> change) {
        return changes.apply(session.grant().tenantId(), changes.roomIdOf(session), change);
    }

    private ParticipantSession sessionOf(LiveRoom live, Participant participant, Instant now) {
        SessionCredentials.Issued issued = credentials.issue(live, participant.id(), now);
        return new ParticipantSession(participant, issued.credential(), issued.grant().expiresAt(), RoomPresence.of(live),
                live.lastSequence());
    }

    private static NotFoundException gone(SessionInRoom session) {
        return new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, "Session " + session.grant().participantId() + " is no longer in the room.");
    }
}
