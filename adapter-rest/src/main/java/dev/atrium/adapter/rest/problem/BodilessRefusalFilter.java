package dev.atrium.adapter.rest.problem;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;

/**
 * Filters that refuse a request answer before any route or error handler runs, with no body: the
 * framework's CORS filter refuses a page of another origin that calls a local address (a
 * drive-by-localhost attack) with a bare 403. Running first, this filter sees those answers last
 * and gives them the problem body every refusal has.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class BodilessRefusalFilter implements Ordered {
    @ResponseFilter
    void giveProblemBody(HttpRequest<?> request, MutableHttpResponse<?> response) {
        int status = response.code();
        if (status < 400 || status >= 500 || response.getBody().isPresent()) {
            return;
        }
        HttpErrorCode code = status == HttpErrorCode.CROSS_ORIGIN_REFUSED.status()
                ? HttpErrorCode.CROSS_ORIGIN_REFUSED : ProblemErrorResponseProcessor.classify(request, status, null);
        ProblemResponses.respond(response, ProblemResponses.problem(request, status, code.name(), code.detail(), List.of()));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
