package dev.atrium.adapter.rest.auth;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.Problem;
import dev.atrium.adapter.rest.problem.ProblemResponses;
import dev.atrium.application.port.in.tenant.AuthenticateApiKeyUseCase;
import dev.atrium.application.port.in.live.AuthenticateSessionUseCase;
import dev.atrium.application.port.in.token.VerifyJoinTokenUseCase;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ConditionalFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.Router;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates every request under /v1 with the credential its route declares
 * ({@link RequiresCredential}, read from the route the router matched). The admin token comes as
 * Bearer (when no token is configured the admin routes do not exist); a guest's arrival by public link
 * needs nothing, the link token in its path being its credential; entering a room takes a join token
 * as Bearer; a participant's own session takes a session credential as Bearer; moderation and reading
 * the chat take either an API key or a session credential; the rest take an API key as HTTP Basic,
 * checked against the store on each request so that a revoked key stops at once on every node.
 *
 * <p>A request no route takes whole (wrong method, body type or Accept) needs a credential the routes
 * of its path take, so the caller who may use the path learns the 405, 415 or 406; when no route has
 * the path it needs an API key, or the admin token under {@value #ADMIN_PATH}.
 *
 * <p>Who called goes into the request attribute {@link #CALLER_ATTRIBUTE}, which controllers take
 * as one {@link Caller} argument. Whether a session belongs to the room of the path is the core's
 * to decide.
 */
@ServerFilter("/v1/**")
public final class AuthenticationFilter implements ConditionalFilter {
    /** Request attribute holding the authenticated {@link Caller}. */
    static final String CALLER_ATTRIBUTE = "atrium.caller";
    static final String ADMIN_PATH = "/v1/admin";
    private static final Set<Credential> EITHER =
            EnumSet.of(Credential.API_KEY, Credential.SESSION, Credential.API_KEY_OR_SESSION);

    private static final String BASIC_CHALLENGE = "Basic realm=\"atrium\", charset=\"UTF-8\"";
    private static final String ADMIN_CHALLENGE = "Bearer realm=\"atrium-admin\"";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"atrium\"";
    private static final String API_KEY_DETAIL =
            "Send an API key as HTTP Basic credentials: the key id as user name, the secret as password.";

    private final AuthenticateApiKeyUseCase apiKeys;
    private final VerifyJoinTokenUseCase joinTokens;
    private final AuthenticateSessionUseCase authenticateSession;
    private final Router router;
    @Nullable
    private final AdminToken adminToken;

    /** {@code adminToken} is absent when none is configured. */
    AuthenticationFilter(AuthenticateApiKeyUseCase apiKeys, VerifyJoinTokenUseCase joinTokens,
                         AuthenticateSessionUseCase authenticateSession, Router router,
                         @Nullable AdminToken adminToken) {
        this.apiKeys = apiKeys;
        this.joinTokens = joinTokens;
        this.authenticateSession = authenticateSession;
        this.router = router;
        this.adminToken = adminToken;
    }

    /** Lets the request through ({@code null}) or answers 401 with a challenge. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<Problem> authenticate(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return switch (required(request)) {
            case NONE -> null;
            case ADMIN_TOKEN -> admin(request, authorization);
            case API_KEY -> apiKey(request, authorization);
            case JOIN_TOKEN -> joinToken(request, authorization);
            case SESSION -> session(request, authorization)
                    ? null : bearerChallenge(request, authorization, "Send the session credential of your "
                    + "session in this room as 'Authorization: Bearer <credential>'.");
            case API_KEY_OR_SESSION -> apiKeyOrSession(request, authorization);
        };
    }

    private Credential required(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request).map(AuthenticationFilter::declared)
                .orElseGet(() -> requiredOnRouteMiss(request));
    }

    private Credential requiredOnRouteMiss(HttpRequest<?> request) {
        List<Credential> taken = router.findAny(request).stream().map(AuthenticationFilter::declared).distinct().toList();
        if (taken.size() == 1) {
            return taken.get(0);
        }
        // Some routes of the path take a session, the others an API key or either: either will do.
        if (!taken.isEmpty() && EITHER.containsAll(taken)) {
            return Credential.API_KEY_OR_SESSION;
        }
        String path = request.getPath();
        return path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/") ? Credential.ADMIN_TOKEN : Credential.API_KEY;
    }

    /** A route that declares nothing takes an API key, as most of the API does; a test holds that none is left so. */
    private static Credential declared(RouteMatch<?> route) {
        return route.getAnnotationMetadata().enumValue(RequiresCredential.class, Credential.class).orElse(Credential.API_KEY);
    }

    /**
     * Not run at all for an upgrade to a WebSocket on a route that is no controller's: the signaling
     * socket, whose first frame carries the credential (docs/signaling.md), so that it is never in a URL
     * and a browser, which cannot set headers on a socket, can send it. Skipping the filter also keeps the
     * upgrade on its event loop: finished on the blocking executor, the upgrade could hand the client's
     * first frame to the HTTP pipeline, which drops it (micronaut-core#11252). An upgrade asked of a
     * controller's route is authenticated as that route declares.
     */
    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        boolean socketUpgrade = "websocket".equalsIgnoreCase(request.getHeaders().get(HttpHeaders.UPGRADE))
                && RouteAttributes.getRouteMatch(request)
                .filter(route -> !route.getAnnotationMetadata().hasStereotype(Controller.class)).isPresent();
        return !socketUpgrade;
    }

    @Nullable
    private HttpResponse<Problem> admin(HttpRequest<?> request, @Nullable String authorization) {
        // Without a token there are no admin routes to protect: routing answers 404.
        boolean admitted = adminToken == null
                || AuthorizationHeader.bearer(authorization).filter(adminToken::admits).isPresent();
        return admitted ? null : refusal(request, "Send the admin token as 'Authorization: Bearer <token>'.")
                .header(HttpHeaders.WWW_AUTHENTICATE, ADMIN_CHALLENGE);
    }

    @Nullable
    private HttpResponse<Problem> apiKey(HttpRequest<?> request, @Nullable String authorization) {
        return holdsApiKey(request, authorization)
                ? null : refusal(request, API_KEY_DETAIL).header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
    }

    /** Whether the request carries a live API key, whose tenant it then holds as an attribute. */
    private boolean holdsApiKey(HttpRequest<?> request, @Nullable String authorization) {
        Optional<TenantId> tenant = AuthorizationHeader.basic(authorization)
                .flatMap(credentials -> apiKeys.authenticate(credentials.keyId(), credentials.secret()));
        tenant.ifPresent(id -> request.setAttribute(CALLER_ATTRIBUTE, Caller.service(id)));
        return tenant.isPresent();
    }

    @Nullable
    private HttpResponse<Problem> joinToken(HttpRequest<?> request, @Nullable String authorization) {
        Optional<JoinGrant> grant = AuthorizationHeader.bearer(authorization).flatMap(joinTokens::verify);
        if (grant.isEmpty()) {
            return bearerChallenge(request, authorization,
                    "Send a valid join token for this room as 'Authorization: Bearer <token>'.");
        }
        request.setAttribute(CALLER_ATTRIBUTE, Caller.entering(grant.get()));
        return null;
    }

    /** Whether the request carries a valid session credential, which it then holds as attributes. */
    private boolean session(HttpRequest<?> request, @Nullable String authorization) {
        Optional<SessionGrant> grant = AuthorizationHeader.bearer(authorization).flatMap(authenticateSession::authenticate);
        grant.ifPresent(session -> request.setAttribute(CALLER_ATTRIBUTE, Caller.participant(session)));
        return grant.isPresent();
    }

    @Nullable
    private HttpResponse<Problem> apiKeyOrSession(HttpRequest<?> request, @Nullable String authorization) {
        String detail = "Send an API key as HTTP Basic credentials, or a session credential of this room as "
                + "'Authorization: Bearer <credential>'.";
        if (AuthorizationHeader.bearer(authorization).isPresent()) {
            return session(request, authorization) ? null : bearerChallenge(request, authorization, detail);
        }
        return holdsApiKey(request, authorization) ? null : refusal(request, detail)
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE)
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
    }

    /** RFC 6750: a Bearer credential that was sent but is not valid is an {@code invalid_token}. */
    private static MutableHttpResponse<Problem> bearerChallenge(HttpRequest<?> request, @Nullable String authorization,
                                                                String detail) {
        String challenge = AuthorizationHeader.bearer(authorization).isPresent()
                ? BEARER_CHALLENGE + ", error=\"invalid_token\"" : BEARER_CHALLENGE;
        return refusal(request, detail).header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }

    private static MutableHttpResponse<Problem> refusal(HttpRequest<?> request, String detail) {
        return ProblemResponses.of(request, HttpErrorCode.UNAUTHENTICATED, detail, List.of());
    }
}
