package dev.atrium.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;

/**
 * Which part of a request was too large. Micronaut answers 413 to every request Netty's decoder
 * found too long, but a request line over its limit is a 414 and headers over theirs a 431: only
 * the body is a 413. The decoder's failure, kept on the request it could not finish, tells which.
 */
final class OversizedRequests {
    private OversizedRequests() {
    }

    static HttpErrorCode codeOf(HttpRequest<?> request) {
        Throwable failure = request instanceof NettyHttpRequest<?> netty
                ? netty.getNativeRequest().decoderResult().cause() : null;
        if (failure instanceof TooLongHttpLineException) {
            return HttpErrorCode.URI_TOO_LONG;
        }
        if (failure instanceof TooLongHttpHeaderException) {
            return HttpErrorCode.HEADERS_TOO_LARGE;
        }
        return HttpErrorCode.PAYLOAD_TOO_LARGE;
    }
}
