package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.AuthenticateSessionUseCase;
import dev.atrium.application.port.in.live.GetSessionUseCase;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.ResumeSessionUseCase;
import dev.atrium.application.port.in.live.Resumption;
import dev.atrium.domain.live.EventReceiver;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorKind;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * What a client sends. Before the welcome only a hello is taken; anything else, or a hello without
 * a credential or with a malformed resume, closes the socket (4003). A hello that resumes is answered
 * with the missed events when all of them are still kept, and with a fresh welcome otherwise; either
 * way the session is refreshed at once, as an open socket keeps it present. Proving the credential and reading the room block, so they
 * run on the blocking executor, never on the event loop that read the frame. After the welcome a
 * {@code request} goes to {@link ActionRequests} and a {@code signal} to {@link SignalRelay}; any
 * other frame only counts as a sign of life.
 */
@Singleton
final class ClientFrames {
    private static final Logger LOG = LoggerFactory.getLogger(ClientFrames.class);
    /** The longest replay on a resume; a client further behind is welcomed afresh, which is cheaper for both. */
    static final int MAX_REPLAY = 1000;

    private final JsonMapper json;
    private final AuthenticateSessionUseCase authenticateSession;
    private final GetSessionUseCase getSession;
    private final ResumeSessionUseCase resumeSession;
    private final RoomChannels channels;
    private final SignalingSettings settings;
    private final ExecutorService blocking;
    private final ActionRequests requests;
    private final SignalRelay signals;
    private final SessionRefresher refresher;

    ClientFrames(JsonMapper json, AuthenticateSessionUseCase authenticateSession, GetSessionUseCase getSession,
                 ResumeSessionUseCase resumeSession, RoomChannels channels, SignalingSettings settings, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                 ActionRequests requests, SignalRelay signals, SessionRefresher refresher) {
        this.json = json;
        this.authenticateSession = authenticateSession;
        this.getSession = getSession;
        this.resumeSession = resumeSession;
        this.channels = channels;
        this.settings = settings;
        this.blocking = blocking;
        this.requests = requests;
        this.signals = signals;
        this.refresher = refresher;
    }

    void take(Channel channel, String text) {
        Optional<JsonNode> frame = parse(text);
        String type = frame.map(node -> node.get("type")).filter(JsonNode::isString).map(JsonNode::getStringValue)
                .orElse(null);
        if (channel.stage() == Channel.Stage.AWAITING_HELLO) {
            Optional<Hello> hello = frame.filter(node -> "hello".equals(type)).flatMap(Hello::of);
            if (hello.isEmpty() || !channel.startEntering()) {
                channel.close(SocketClose.BAD_HELLO);
                return;
            }
            blocking.execute(() -> enter(channel, hello.get()));
            return;
        }
        // After the hello: a pong, like any frame, has already counted as a sign of life.
        if (channel.stage() == Channel.Stage.OPEN && "request".equals(type)) {
            requests.take(channel, frame.get());
        } else if (channel.stage() == Channel.Stage.OPEN && "signal".equals(type)) {
            signals.take(channel, frame.get());
        }
    }

    private void enter(Channel channel, Hello hello) {
        try {
            Optional<SessionGrant> grant = authenticateSession.authenticate(hello.credential());
            if (grant.isEmpty()) {
                channel.close(SocketClose.CREDENTIAL_REFUSED);
                return;
            }
            SessionGrant proven = grant.get();
            channel.entering(proven);
            channels.entered(proven.roomId(), proven.participantId(), channel)
                    .ifPresent(older -> older.close(SocketClose.REPLACED));
            SessionInRoom caller = new SessionInRoom(proven.roomId().value(), proven);
            if (hello.resumeAfter().isPresent()) {
                Resumption resumption = resumeSession.resume(caller, hello.resumeAfter().getAsLong(), MAX_REPLAY);
                ParticipantSession session = resumption.session();
                EventReceiver receiver = receiverOf(session);
                resumption.missed().ifPresentOrElse(
                        missed -> channel.resumed(session, receiver, hello.resumeAfter().getAsLong(), missed, settings),
                        () -> channel.welcome(session, receiver, settings));
            } else {
                ParticipantSession session = getSession.session(caller);
                channel.welcome(session, receiverOf(session), settings);
            }
            refresher.refreshIfDue(channel, System.nanoTime());
        } catch (DomainException refused) {
            channel.close(refused.kind() == ErrorKind.GONE ? SocketClose.ROOM_ENDED : SocketClose.CREDENTIAL_REFUSED);
        } catch (RuntimeException failure) {
            LOG.warn("Welcoming socket {} failed; it is closed to reconnect", channel.id(), failure);
            channel.close(SocketClose.GOING_AWAY);
        }
    }

    private static EventReceiver receiverOf(ParticipantSession session) {
        return EventReceiver.participant(session.participant(), session.room().room().settings().mode());
    }

    private Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = json.readValue(text, JsonNode.class);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException | RuntimeException notJson) {
            return Optional.empty();
        }
    }
}
