package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.problem.ProblemDocument.FieldError;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.shared.TextForm;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code body} of a request, read as the REST API reads the body of the route the action mirrors:
 * a field the action does not have is {@code UNKNOWN_FIELD}, a value of the wrong JSON type
 * {@code INVALID_FIELD_TYPE} (every such field listed, the problem named after the first kind, as in
 * REST), a missing required value {@code VALIDATION_FAILED} with {@code REQUIRED}, and a participant id
 * that cannot be one names nobody ({@code PARTICIPANT_NOT_FOUND}). Fields are named by their path in the
 * frame: {@code body.text}.
 */
final class ActionBody {
    private final JsonNode body;

    private ActionBody(JsonNode body) {
        this.body = body;
    }

    /** The body, which may hold only {@code fields}, each of its JSON type ({@code "string"} or {@code "boolean"}). */
    static ActionBody of(JsonNode body, Map<String, String> fields) {
        List<FieldError> unknown = new ArrayList<>();
        List<FieldError> mistyped = new ArrayList<>();
        Violations characters = new Violations();
        for (Map.Entry<String, JsonNode> entry : body.entries()) {
            String path = "body." + entry.getKey();
            String type = fields.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (type == null) {
                unknown.add(new FieldError(path, SignalingErrorCode.UNKNOWN_FIELD.name(), "is not a field of this action"));
            } else if (!value.isNull() && "string".equals(type) && !value.isString()) {
                mistyped.add(new FieldError(path, SignalingErrorCode.INVALID_FIELD_TYPE.name(), "must be a string"));
            } else if (!value.isNull() && "boolean".equals(type) && !value.isBoolean()) {
                mistyped.add(new FieldError(path, SignalingErrorCode.INVALID_FIELD_TYPE.name(), "must be true or false"));
            } else if (value.isString()) {
                characters.characters(path, value.getStringValue(), TextForm.MULTI_LINE);
            }
        }
        if (!unknown.isEmpty()) {
            unknown.addAll(mistyped);
            throw new RequestRefused(SignalingErrorCode.UNKNOWN_FIELD, unknown);
        }
        if (!mistyped.isEmpty()) {
            throw new RequestRefused(SignalingErrorCode.INVALID_FIELD_TYPE, mistyped);
        }
        characters.throwIfAny("The request holds characters no text may hold.");
        return new ActionBody(body);
    }

    /** A boolean field; {@code null} when absent or {@code null}. */
    Boolean flag(String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.getBooleanValue();
    }

    /** A string field; {@code null} when absent or {@code null}. */
    String text(String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.getStringValue();
    }

    /** A string field that must be there: {@code VALIDATION_FAILED} with {@code REQUIRED} when not. */
    String requiredText(String field, String summary) {
        String value = text(field);
        if (value == null) {
            Violations violations = new Violations();
            violations.add("body." + field, ViolationCode.REQUIRED, "is required");
            violations.throwIfAny(summary);
        }
        return value;
    }

    /** The {@code participantId} an action names; text that cannot be a participant id names nobody, as in REST. */
    ParticipantId participantId() {
        String id = requiredText("participantId", "The request names no participant.");
        if (!ParticipantId.isValid(id)) {
            throw new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, "The room has no participant " + id + ".");
        }
        return new ParticipantId(id);
    }
}
