package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.problem.ProblemDocument;
import dev.atrium.application.problem.ProblemDocument.FieldError;

import java.util.List;

/** The socket's own refusal of a request, before any use case: answered with {@code code}'s problem. */
final class RequestRefused extends RuntimeException {
    private final SignalingErrorCode code;
    private final String detail;
    private final List<FieldError> errors;

    RequestRefused(SignalingErrorCode code, String detail, List<FieldError> errors) {
        super(code.name(), null, false, false);
        this.code = code;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    RequestRefused(SignalingErrorCode code, List<FieldError> errors) {
        this(code, code.detail(), errors);
    }

    ProblemDocument problem(String instance) {
        return ProblemDocument.of(code.name(), code.status(), detail, instance, errors);
    }
}
