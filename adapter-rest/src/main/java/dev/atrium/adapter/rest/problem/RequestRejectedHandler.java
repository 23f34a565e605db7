package dev.atrium.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The adapter's refusals of a request's shape become problems with their code and field errors. */
@Singleton
final class RequestRejectedHandler implements ExceptionHandler<RequestRejectedException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RequestRejectedException exception) {
        return ProblemResponses.of(request, exception.code(), exception.code().detail(), exception.errors());
    }
}
