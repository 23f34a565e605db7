package dev.atrium.adapter.rest.problem;

import dev.atrium.domain.shared.DomainException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Domain errors become problems by their kind; the domain already said everything worth saying. */
@Singleton
final class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        return ProblemResponses.of(request, exception);
    }
}
