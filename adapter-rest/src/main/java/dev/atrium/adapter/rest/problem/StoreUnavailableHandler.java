package dev.atrium.adapter.rest.problem;

import dev.atrium.application.port.out.StoreUnavailableException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The store is away: the request did nothing and may be sent again, so the client gets 503 with
 * {@code Retry-After} rather than a 500. Logged at WARN without the stack: during an outage every
 * request fails the same way, and the health check already says why.
 */
@Singleton
final class StoreUnavailableHandler implements ExceptionHandler<StoreUnavailableException, HttpResponse<Problem>> {
    /** Long enough for a brief failover, short enough that clients notice the recovery soon. */
    static final int RETRY_AFTER_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(StoreUnavailableHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, StoreUnavailableException exception) {
        LOG.warn("{} {} answered 503: {}", request.getMethodName(), ProblemResponses.withoutSecrets(request.getPath()),
                exception.getMessage());
        HttpErrorCode code = HttpErrorCode.SERVICE_UNAVAILABLE;
        return ProblemResponses.of(request, code, code.detail(), List.of())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
    }
}
