package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.problem.ProblemDocument;
import dev.atrium.application.problem.ProblemDocument.FieldError;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.PeerRelayPolicy;
import dev.atrium.domain.live.SignalKind;
import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.shared.ViolationCode;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The peer relay of MESH rooms (docs/signaling.md, "Peer relay"): a {@code signal} frame goes to the
 * socket of the participant it names, as {@code from} the sender, when {@link PeerRelayPolicy} allows
 * it. Both peers are known from their sockets, which follow the room's events, so a signal costs no
 * read of the store and runs where the frame was read. A signal that is refused is answered with an
 * {@code error} frame that names it; the payload is never logged or looked into.
 */
@Singleton
final class SignalRelay {
    private static final String INSTANCE = "/v1/signal#signal";

    private final PeerSignals peers;
    private final Frames frames;
    private final JsonMapper json;

    SignalRelay(PeerSignals peers, Frames frames, JsonMapper json) {
        this.peers = peers;
        this.frames = frames;
        this.json = json;
    }

    void take(Channel channel, JsonNode frame) {
        JsonNode to = frame.get("to");
        JsonNode kind = frame.get("kind");
        JsonNode payload = frame.get("payload");
        Object sentTo = to != null && to.isString() ? to.getStringValue() : null;
        Object sentKind = kind != null && kind.isString() ? kind.getStringValue() : null;
        try {
            SignalKind signalKind = read(to, kind, payload);
            Peer sender = channel.peer();
            ParticipantId target = target(to.getStringValue());
            Optional<Peer> peer = peers.peer(channel.grant().roomId(), target);
            PeerRelayPolicy.check(sender.participant(), peer.map(Peer::participant).orElse(null), signalKind,
                    sender.topologyInUse(), sender.mode());
            String signal = frames.signal(sender.participant().id(), wire(signalKind), json.readValueFromTree(payload, Object.class));
            if (!peers.relay(channel.grant().roomId(), target, signal)) {
                throw new NotFoundException(ErrorCode.PEER_NOT_FOUND, "No peer of this id is connected in the room.");
            }
        } catch (DomainException refused) {
            refuse(channel, ProblemDocument.of(refused, INSTANCE), sentTo, sentKind);
        } catch (RequestRefused refused) {
            refuse(channel, refused.problem(INSTANCE), sentTo, sentKind);
        } catch (IOException unreadable) {
            refuse(channel, invalid(List.of(new FieldError("payload", SignalingErrorCode.INVALID_FIELD_TYPE.name(),
                    "must be a JSON object"))).problem(INSTANCE), sentTo, sentKind);
        }
    }

    /** The kind, once {@code to}, {@code kind} and {@code payload} are of the right form. */
    private static SignalKind read(JsonNode to, JsonNode kind, JsonNode payload) {
        List<FieldError> errors = new ArrayList<>();
        check(errors, "to", to, to != null && to.isString(), "must be a participant id");
        SignalKind signalKind = null;
        if (kind != null && kind.isString()) {
            signalKind = switch (kind.getStringValue()) {
                case "offer" -> SignalKind.OFFER;
                case "answer" -> SignalKind.ANSWER;
                case "candidate" -> SignalKind.CANDIDATE;
                default -> null;
            };
            if (signalKind == null) {
                errors.add(new FieldError("kind", ViolationCode.INVALID_VALUE.name(), "must be one of offer, answer, candidate"));
            }
        } else {
            check(errors, "kind", kind, false, "must be one of offer, answer, candidate");
        }
        check(errors, "payload", payload, payload != null && payload.isObject(), "must be a JSON object");
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return signalKind;
    }

    private static void check(List<FieldError> errors, String field, JsonNode value, boolean fine, String expectation) {
        if (value == null) {
            errors.add(new FieldError(field, ViolationCode.REQUIRED.name(), "is required"));
        } else if (!fine) {
            errors.add(new FieldError(field, SignalingErrorCode.INVALID_FIELD_TYPE.name(), expectation));
        }
    }

    /** Text that cannot be a participant id names no peer. */
    private static ParticipantId target(String to) {
        if (!ParticipantId.isValid(to)) {
            throw new NotFoundException(ErrorCode.PEER_NOT_FOUND, "No peer of this id is connected in the room.");
        }
        return new ParticipantId(to);
    }

    private static RequestRefused invalid(List<FieldError> errors) {
        return new RequestRefused(SignalingErrorCode.INVALID_SIGNAL, errors);
    }

    private void refuse(Channel channel, ProblemDocument problem, Object to, Object kind) {
        channel.sendFrame(frames.signalRefused(problem.toMap(), to, kind));
    }

    /** A kind as the wire spells it: {@code offer}, {@code answer}, {@code candidate}. */
    private static String wire(SignalKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
