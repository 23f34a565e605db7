package dev.atrium.adapter.rest.connection;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.Problem;
import dev.atrium.adapter.rest.problem.ProblemResponses;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which web pages may open a WebSocket here (the signaling socket): a browser sends the page's
 * {@code Origin} with the upgrade, and a socket carries no CORS check of its own. The service's own
 * pages (the same host) may, and so may the origins of {@code atrium.signaling.allowed-origins}
 * ({@code *} for any). A client that is no browser sends no {@code Origin} and is let through; its
 * hello proves who it is. A refused upgrade is answered {@code 403 CROSS_ORIGIN_REFUSED}, before any
 * socket exists. HTTP owns this check because it happens before the upgrade, in HTTP.
 */
@ServerFilter("/**")
final class SocketUpgradeOrigins {
    private static final String DETAIL = "A web page of this origin may not open a socket here; "
            + "the service's operator allows origins with ATRIUM_SIGNALING_ALLOWED_ORIGINS.";

    private final List<String> allowed;

    SocketUpgradeOrigins(@Value("${atrium.signaling.allowed-origins:}") List<String> allowed) {
        this.allowed = allowed.stream().map(String::trim).filter(origin -> !origin.isEmpty())
                .map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
    }

    @RequestFilter
    @Nullable
    HttpResponse<Problem> check(HttpRequest<?> request) {
        String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
        if (origin == null || !"websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeaders.UPGRADE))
                || isAllowed(origin.toLowerCase(Locale.ROOT), request.getHeaders().get(HttpHeaders.HOST))) {
            return null;
        }
        return ProblemResponses.of(request, HttpErrorCode.CROSS_ORIGIN_REFUSED, DETAIL, List.of());
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
