package dev.atrium.adapter.rest.problem;

import java.util.List;

/**
 * The adapter refuses a request before any use case runs: its body or parameters are not what the
 * API reads. Carries no stack trace: it is an answer, not a failure.
 */
public final class RequestRejectedException extends RuntimeException {
    private final HttpErrorCode code;
    private final List<FieldError> errors;

    public RequestRejectedException(HttpErrorCode code, List<FieldError> errors) {
        super(code.detail(), null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static RequestRejectedException of(HttpErrorCode code, String field, String message) {
        return new RequestRejectedException(code, List.of(new FieldError(field, code.name(), message)));
    }

    public HttpErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
