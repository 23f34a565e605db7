package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.port.out.StoreUnavailableException;
import dev.atrium.application.problem.ProblemDocument;
import dev.atrium.application.problem.ProblemDocument.FieldError;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ViolationCode;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * A {@code request} frame of a welcomed socket: checked, queued on the socket's {@link SerialQueue},
 * run by {@link Actions} on the blocking executor, and answered with a {@code reply} that has the
 * request's {@code id}. A refusal is the problem document the REST API gives for the same mistake,
 * with {@code instance} {@code /v1/signal#<action>}. A request without a usable {@code id} cannot be
 * replied to, so it is answered with an {@code error} frame.
 */
@Singleton
final class ActionRequests {
    private static final Logger LOG = LoggerFactory.getLogger(ActionRequests.class);
    private static final String INSTANCE = "/v1/signal";

    private final Actions actions;
    private final Frames frames;
    private final ExecutorService blocking;

    ActionRequests(Actions actions, Frames frames, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.actions = actions;
        this.frames = frames;
        this.blocking = blocking;
    }

    void take(Channel channel, JsonNode frame) {
        JsonNode idNode = frame.get("id");
        if (!isId(idNode)) {
            channel.sendFrame(frames.error(refusal("id", idNode, "must be a whole number").problem(INSTANCE).toMap()));
            return;
        }
        long id = idNode.getLongValue();
        JsonNode actionNode = frame.get("action");
        if (actionNode == null || !actionNode.isString()) {
            reply(channel, id, refusal("action", actionNode, "must be a string").problem(INSTANCE));
            return;
        }
        String action = actionNode.getStringValue();
        String instance = INSTANCE + "#" + action;
        JsonNode body = frame.get("body");
        if (body != null && !body.isObject()) {
            reply(channel, id, refusal("body", body, "must be a JSON object").problem(instance));
            return;
        }
        if (!actions.names().contains(action)) {
            reply(channel, id, new RequestRefused(SignalingErrorCode.UNKNOWN_ACTION,
                    "The socket has no action " + action + ".", List.of()).problem(INSTANCE));
            return;
        }
        JsonNode given = body == null ? JsonNode.createObjectNode(Map.of()) : body;
        SessionGrant session = channel.grant();
        boolean queued = channel.requests().submit(() -> run(channel, id, action, session, given), blocking);
        if (!queued) {
            reply(channel, id, new RequestRefused(SignalingErrorCode.TOO_MANY_REQUESTS, List.of()).problem(instance));
        }
    }

    private void run(Channel channel, long id, String action, SessionGrant session, JsonNode body) {
        String instance = INSTANCE + "#" + action;
        try {
            Map<String, Object> answer = actions.run(action, session, body).orElseThrow();
            channel.sendFrame(frames.reply(id, answer));
        } catch (DomainException refused) {
            reply(channel, id, ProblemDocument.of(refused, instance));
        } catch (RequestRefused refused) {
            reply(channel, id, refused.problem(instance));
        } catch (StoreUnavailableException unavailable) {
            LOG.warn("Action {} of socket {} answered SERVICE_UNAVAILABLE: {}", action, channel.id(), unavailable.getMessage());
            reply(channel, id, new RequestRefused(SignalingErrorCode.SERVICE_UNAVAILABLE, List.of()).problem(instance));
        } catch (RuntimeException failure) {
            String correlationId = UUID.randomUUID().toString();
            LOG.error("Unexpected failure {} on action {} of socket {}", correlationId, action, channel.id(), failure);
            SignalingErrorCode code = SignalingErrorCode.INTERNAL_ERROR;
            reply(channel, id, new RequestRefused(code, code.detail() + " Quote correlation id " + correlationId
                    + " when you report it.", List.of()).problem(instance));
        }
    }

    private void reply(Channel channel, long id, ProblemDocument problem) {
        channel.sendFrame(frames.refusal(id, problem.toMap()));
    }

    /** {@code INVALID_REQUEST}, naming the field of the frame at fault: missing ({@code REQUIRED}) or of the wrong type. */
    private static RequestRefused refusal(String field, JsonNode value, String message) {
        FieldError error = value == null
                ? new FieldError(field, ViolationCode.REQUIRED.name(), "is required")
                : new FieldError(field, SignalingErrorCode.INVALID_FIELD_TYPE.name(), message);
        return new RequestRefused(SignalingErrorCode.INVALID_REQUEST, List.of(error));
    }

    /** A whole number a {@code long} holds (a client's counter), not 1.5, "1" or 2^64. */
    private static boolean isId(JsonNode id) {
        if (id == null || !id.isNumber()) {
            return false;
        }
        Number number = id.getNumberValue();
        if (number instanceof BigInteger big) {
            return big.bitLength() < Long.SIZE;
        }
        return number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte;
    }
}
