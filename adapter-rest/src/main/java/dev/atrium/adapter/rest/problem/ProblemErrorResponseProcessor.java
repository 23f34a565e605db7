package dev.atrium.adapter.rest.problem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Replaces Micronaut's default error bodies (its own bean steps aside when another processor
 * exists): unknown routes, wrong methods and media types, oversized bodies, request lines and
 * headers, unreadable parameters and failures that are no exception (errors, checked exceptions)
 * leave as problems too. The framework's messages are never passed on: they may name Java types.
 */
@Singleton
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpRequest<?> request = context.getRequest();
        Throwable cause = context.getRootCause().orElse(null);
        HttpErrorCode code = classify(request, response.code(), cause);
        if (code == HttpErrorCode.INTERNAL_ERROR) {
            return ProblemResponses.unexpected(request, response, cause);
        }
        // The framework's 413 covers an overlong request line and overlong headers too; the code knows which.
        int status = response.code() == 413 ? code.status() : response.code();
        return ProblemResponses.respond(response.status(status),
                ProblemResponses.problem(request, status, code.name(), code.detail(), parameterErrors(cause)));
    }

    static HttpErrorCode classify(HttpRequest<?> request, int status, @Nullable Throwable cause) {
        return switch (status) {
            case 400 -> badRequest(cause);
            case 404 -> HttpErrorCode.NOT_FOUND;
            case 405 -> HttpErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> HttpErrorCode.NOT_ACCEPTABLE;
            case 413 -> OversizedRequests.codeOf(request);
            case 415 -> HttpErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? HttpErrorCode.INTERNAL_ERROR : HttpErrorCode.BAD_REQUEST;
        };
    }

    private static HttpErrorCode badRequest(@Nullable Throwable cause) {
        if (cause instanceof ConversionErrorException || cause instanceof UnsatisfiedArgumentException
                || cause instanceof UnsatisfiedRouteException) {
            return HttpErrorCode.INVALID_PARAMETER;
        }
        if (cause instanceof JsonSyntaxException) {
            return HttpErrorCode.MALFORMED_JSON;
        }
        return HttpErrorCode.BAD_REQUEST;
    }

    private static List<FieldError> parameterErrors(@Nullable Throwable cause) {
        String code = HttpErrorCode.INVALID_PARAMETER.name();
        if (cause instanceof ConversionErrorException conversion) {
            return List.of(new FieldError(conversion.getArgument().getName(), code, "has a value of the wrong type"));
        }
        if (cause instanceof UnsatisfiedArgumentException unsatisfied) {
            return List.of(new FieldError(unsatisfied.getArgument().getName(), code, "is required"));
        }
        if (cause instanceof UnsatisfiedRouteException missing) {
            return List.of(new FieldError(missing.getArgument().getName(), code, "is required"));
        }
        return List.of();
    }
}
