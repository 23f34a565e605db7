package dev.atrium.application.problem;

import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorKind;
import dev.atrium.domain.shared.FieldViolation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An RFC 9457 problem document in the API's words (docs/api.md, "Errors"). {@code code} is the
 * stable name clients branch on and {@code type} the same as a URI; {@code title} is the reason
 * phrase of {@code status}; {@code instance} is where the request went (the path of an HTTP
 * request); {@code errors} names each field at fault and is empty when there is none.
 *
 * <p>{@code type} and {@code title} follow from {@code code} and {@code status}, and the constructor
 * refuses a document where they do not, so that there is one way to spell each refusal. Build one
 * with {@link #of(DomainException, String)} or, for an adapter's own refusal, {@link #of(String, int,
 * String, String, List)}.
 */
public record ProblemDocument(String type, String title, int status, String detail, String instance, String code,
                              List<FieldError> errors) {
    /** {@code type} is this prefix and the code in kebab case: {@code urn:atrium:problem:room-not-found}. */
    public static final String TYPE_PREFIX = "urn:atrium:problem:";
    /** Codes are constant names, as {@link dev.atrium.domain.shared.ErrorCode}'s are: the type URI is made of them. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    public ProblemDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(code, "code");
        errors = List.copyOf(errors);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a problem code is a constant name, not " + code);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a client or server error status, not " + status);
        }
        if (!type.equals(typeOf(code))) {
            throw new IllegalArgumentException("the type of " + code + " is " + typeOf(code) + ", not " + type);
        }
        if (!title.equals(titleOf(status))) {
            throw new IllegalArgumentException("the title of " + status + " is " + titleOf(status) + ", not " + title);
        }
    }

    /** A domain error: its kind decides the status, its code, message and violations are passed on as they are. */
    public static ProblemDocument of(DomainException exception, String instance) {
        List<FieldError> errors = exception.violations().stream().map(FieldError::of).toList();
        return of(exception.code().name(), statusOf(exception.kind()), exception.getMessage(), instance, errors);
    }

    /** A refusal of an adapter's own, under its code (such as {@code MALFORMED_JSON}) and the status it has. */
    public static ProblemDocument of(String code, int status, String detail, String instance, List<FieldError> errors) {
        return new ProblemDocument(typeOf(code), titleOf(status), status, detail, instance, code, errors);
    }

    /** The status of each kind of domain error; a channel without statuses still says it, in the document. */
    public static int statusOf(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case GONE -> 410;
            case THROTTLED -> 429;
        };
    }

    /** {@code urn:atrium:problem:} and the code in lower case with dashes. */
    public static String typeOf(String code) {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason phrase of a status, as the REST API writes it. */
    public static String titleOf(int status) {
        return StatusTitles.of(status);
    }

    /**
     * The document as plain maps, lists and values in the order of the API, for a channel that writes
     * JSON without a class of its own: {@code errors} is left out when there is none, as the REST API
     * leaves it out.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", type);
        document.put("title", title);
        document.put("status", status);
        document.put("detail", detail);
        document.put("instance", instance);
        document.put("code", code);
        if (!errors.isEmpty()) {
            document.put("errors", errors.stream().map(FieldError::toMap).toList());
        }
        return Collections.unmodifiableMap(document);
    }

    /** One mistake in one field or parameter: its dotted path, a stable code and a message for people. */
    public record FieldError(String field, String code, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        public static FieldError of(FieldViolation violation) {
            return new FieldError(violation.field(), violation.code().name(), violation.message());
        }

        Map<String, Object> toMap() {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", field);
            error.put("code", code);
            error.put("message", message);
            return Collections.unmodifiableMap(error);
        }
    }
}
