package dev.atrium.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Any unchecked exception without a closer handler is a failure nobody foresaw. Handling it here,
 * rather than leaving it to the framework, logs it once, with the correlation id the client gets.
 */
@Singleton
final class UnexpectedFailureHandler implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
        return ProblemResponses.unexpected(request, HttpResponse.serverError(), exception);
    }
}
