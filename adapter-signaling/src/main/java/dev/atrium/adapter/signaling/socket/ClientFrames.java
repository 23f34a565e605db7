package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.AuthenticateSessionUseCase;
import dev.atrium.application.port.in.live.GetSessionUseCase;
import dev.atrium.application.port.in.live.ParticipantSession;
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
 * a credential, closes the socket (4003). Proving the credential and reading the room block, so they
 * run on the blocking executor, never on the event loop that read the frame. After the welcome a
 * {@code request} goes to {@link ActionRequests} and a {@code signal} to {@link SignalRelay}; any
 * other frame only counts as a sign of life.
 */
@Singleton
final class ClientFrames {
    private static final Logger LOG = LoggerFactory.getLogger(ClientFrames.class);

    private final JsonMapper json;
    private final AuthenticateSessionUseCase authenticateSession;
    private final GetSessionUseCase getSession;
    private final RoomChannels channels;
    private final SignalingSettings settings;
    private final ExecutorService blocking;
    private final ActionRequests requests;
    private final SignalRelay signals;

    ClientFrames(JsonMapper json, AuthenticateSessionUseCase authenticateSession, GetSessionUseCase getSession,
                 RoomChannels channels, SignalingSettings settings, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                 ActionRequests requests, SignalRelay signals) {
        this.json = json;
        this.authenticateSession = authenticateSession;
        this.getSession = getSession;
        this.channels = channels;
        this.settings = settings;
        this.blocking = blocking;
        this.requests = requests;
        this.signals = signals;
    }

    void take(Channel channel, String text) {
        Optional<JsonNode> frame = parse(text);
        String type = frame.map(node -> node.get("type")).filter(JsonNode::isString).map(JsonNode::getStringValue)
                .orElse(null);
        if (channel.stage() == Channel.Stage.AWAITING_HELLO) {
            Optional<String> credential = frame.filter(node -> "hello".equals(type)).map(node -> node.get("credential"))
                    .filter(JsonNode::isString).map(JsonNode::getStringValue).filter(value -> !value.isBlank());
            if (credential.isEmpty() || !channel.startEntering()) {
                channel.close(SocketClose.BAD_HELLO);
                return;
            }
            blocking.execute(() -> enter(channel, credential.get()));
            return;
        }
        // After the hello: a pong, like any frame, has already counted as a sign of life.
        if (channel.stage() == Channel.Stage.OPEN && "request".equals(type)) {
            requests.take(channel, frame.get());
        } else if (channel.stage() == Channel.Stage.OPEN && "signal".equals(type)) {
            signals.take(channel, frame.get());
        }
    }

    private void enter(Channel channel, String credential) {
        try {
            Optional<SessionGrant> grant = authenticateSession.authenticate(credential);
            if (grant.isEmpty()) {
                channel.close(SocketClose.CREDENTIAL_REFUSED);
                return;
            }
            SessionGrant proven = grant.get();
            channel.entering(proven);
            channels.entered(proven.roomId(), proven.participantId(), channel)
                    .ifPresent(older -> older.close(SocketClose.REPLACED));
            ParticipantSession session = getSession.session(new SessionInRoom(proven.roomId().value(), proven));
            EventReceiver receiver = EventReceiver.participant(session.participant(), session.room().room().settings().mode());
            channel.welcome(session, receiver, settings);
        } catch (DomainException refused) {
            channel.close(refused.kind() == ErrorKind.GONE ? SocketClose.ROOM_ENDED : SocketClose.CREDENTIAL_REFUSED);
        } catch (RuntimeException failure) {
            LOG.warn("Welcoming socket {} failed; it is closed to reconnect", channel.id(), failure);
            channel.close(SocketClose.GOING_AWAY);
        }
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
