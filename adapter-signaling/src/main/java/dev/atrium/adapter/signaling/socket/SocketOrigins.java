package dev.atrium.adapter.signaling.socket;

import dev.atrium.application.problem.ProblemDocument;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which web pages may open the socket: a browser sends the page's {@code Origin} with the upgrade.
 * The service's own pages (the same host) may, and so may the origins of
 * {@code atrium.signaling.allowed-origins} ({@code *} for any). A client that is no browser sends no
 * {@code Origin} and is let through; its hello proves who it is. A refused upgrade is answered
 * {@code 403 ORIGIN_NOT_ALLOWED} as problem+json, before any socket exists.
 */
@ServerFilter(SocketOrigins.PATH)
final class SocketOrigins {
    static final String PATH = "/v1/signal";

    private final List<String> allowed;

    SocketOrigins(@Value("${atrium.signaling.allowed-origins:}") List<String> allowed) {
        this.allowed = allowed.stream().map(String::trim).filter(origin -> !origin.isEmpty())
                .map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
    }

    @RequestFilter
    @Nullable
    HttpResponse<Map<String, Object>> check(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || isAllowed(origin.toLowerCase(Locale.ROOT), request.getHeaders().get(HttpHeaders.HOST))) {
            return null;
        }
        ProblemDocument problem = ProblemDocument.of("ORIGIN_NOT_ALLOWED", 403,
                "Pages of this origin may not open the signaling socket; see atrium.signaling.allowed-origins.",
                PATH, List.of());
        return HttpResponse.<Map<String, Object>>status(HttpStatus.FORBIDDEN).body(problem.toMap())
                .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE);
    }

    private boolean isAllowed(String origin, @Nullable String host) {
        if (allowed.contains("*") || allowed.contains(origin)) {
            return true;
        }
        try {
            String authority = URI.create(origin).getRawAuthority();
            return host != null && authority != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }
}
