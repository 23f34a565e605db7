package dev.atrium.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The server inflates a body sent with {@code Content-Encoding: gzip} or {@code deflate} before
 * anything reads it; a body that is not what its encoding says is the client's mistake, not a
 * failure of the server.
 */
@Singleton
final class UndecodableBodyHandler implements ExceptionHandler<DecompressionException, HttpResponse<Problem>> {
    private static final String DETAIL = "The request body does not decode as its Content-Encoding says.";

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DecompressionException exception) {
        return ProblemResponses.of(request, HttpErrorCode.BAD_REQUEST, DETAIL, List.of());
    }
}
