package dev.atrium.adapter.rest.problem;

import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorKind;
import dev.atrium.domain.shared.ThrottledException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Builds every problem response of the API, so that the status, the {@code type} URI, the title
 * and the content type follow from the code in one way only.
 */
public final class ProblemResponses {
    /** {@code type} is this prefix and the code in kebab case: {@code urn:atrium:problem:room-not-found}. */
    private static final String TYPE_PREFIX = "urn:atrium:problem:";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    private ProblemResponses() {
    }

    /** A refusal of the adapter's own. */
    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, HttpErrorCode code, String detail,
                                                  List<FieldError> errors) {
        return respond(HttpResponse.status(HttpStatus.valueOf(code.status())),
                problem(request, code.status(), code.name(), detail, errors));
    }

    /**
     * A domain error: its kind decides the status, its code and violations are passed on as they are.
     * A throttled request also learns when to try again.
     */
    public static MutableHttpResponse<Problem> of(HttpRequest<?> request, DomainException exception) {
        int status = status(exception.kind());
        List<FieldError> errors = exception.violations().stream()
                .map(violation -> new FieldError(violation.field(), violation.code().name(), violation.message()))
                .toList();
        MutableHttpResponse<Problem> response = respond(HttpResponse.status(HttpStatus.valueOf(status)),
                problem(request, status, exception.code().name(), exception.getMessage(), errors));
        if (exception instanceof ThrottledException throttled) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(wholeSecondsUp(throttled.retryAfter())));
        }
        return response;
    }

    /**
     * A failure nobody foresaw: logged with a correlation id, which is all the client learns about it.
     * {@code response} carries the status (500 unless the framework chose another 5xx).
     */
    static MutableHttpResponse<Problem> unexpected(HttpRequest<?> request, MutableHttpResponse<?> response,
                                                   @Nullable Throwable cause) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Unexpected failure {} on {} {}", correlationId, request.getMethodName(), withoutSecrets(request.getPath()), cause);
        HttpErrorCode code = HttpErrorCode.INTERNAL_ERROR;
        String detail = code.detail() + " Quote correlation id " + correlationId + " when you report it.";
        return respond(response, problem(request, response.code(), code.name(), detail, List.of()));
    }

    /** A path fit for the log: a public link's token is a credential, so it is masked. */
    static String withoutSecrets(String path) {
        return path.replaceAll("^/v1/links/[^/]+", "/v1/links/{token}");
    }

    /** Gives a response that already has its status and headers (such as Allow) a problem body. */
    static MutableHttpResponse<Problem> respond(MutableHttpResponse<?> response, Problem problem) {
        return response.body(problem).contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
    }

    static Problem problem(HttpRequest<?> request, int status, String code, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-'), title(status), status,
                detail, request.getPath(), code, errors);
    }

    static int status(ErrorKind kind) {
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

    /** Retry-After counts whole seconds; rounding down would invite a retry that is still too early. */
    static long wholeSecondsUp(Duration wait) {
        return wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    }

    private static String title(int status) {
        try {
            return HttpStatus.valueOf(status).getReason();
        } catch (IllegalArgumentException unknownStatus) {
            return "HTTP " + status;
        }
    }
}
