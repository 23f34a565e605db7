package dev.atrium.adapter.rest.problem;

import dev.atrium.application.problem.ProblemDocument;
import dev.atrium.domain.shared.DomainException;
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
import java.util.UUID;

/**
 * Builds every problem response of the API from the core's {@link ProblemDocument}, which decides
 * the status of a domain error, the {@code type} URI and the title, the same for every channel;
 * what is HTTP's alone (the content type, {@code Retry-After}) is added here.
 */
public final class ProblemResponses {
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
        Problem problem = Problem.of(ProblemDocument.of(exception, request.getPath()));
        MutableHttpResponse<Problem> response = respond(HttpResponse.status(HttpStatus.valueOf(problem.status())), problem);
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
        return Problem.of(ProblemDocument.of(code, status, detail, request.getPath(),
                errors.stream().map(FieldError::toDocument).toList()));
    }

    /** Retry-After counts whole seconds; rounding down would invite a retry that is still too early. */
    static long wholeSecondsUp(Duration wait) {
        return wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    }
}
