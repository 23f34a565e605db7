package dev.atrium.adapter.rest.auth;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.Problem;
import dev.atrium.adapter.rest.problem.ProblemResponses;
import dev.atrium.application.port.in.AuthenticateApiKeyUseCase;
import dev.atrium.application.port.in.ParticipantSessionUseCase;
import dev.atrium.application.port.in.VerifyJoinTokenUseCase;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;
import java.util.Optional;

/**
 * Authenticates every request under /v1, with the credentials {@link RequiredCredentials} names for
 * its method and path. Admin paths need the admin token as a Bearer token (when no token is
 * configured they pass, and routing answers 404 because the admin routes do not exist); a guest's
 * arrival by public link needs nothing, the link token in its path being its credential; entering a
 * room takes a join token as Bearer; a participant's own session takes a session credential as
 * Bearer; moderation and reading the chat take either an API key or a session credential; every
 * other path needs an API key as HTTP Basic, checked against the store on each request so that a
 * revoked key stops at once on every node.
 *
 * <p>The caller's tenant goes into the request attribute {@link #TENANT_ATTRIBUTE}, whatever the
 * credential; a session credential's grant also into {@link #SESSION_ATTRIBUTE}, and a verified join
 * token's grant into {@link #JOIN_GRANT_ATTRIBUTE}. Whether the session belongs to
 * the room of the path is the controllers' and use cases' to decide.
 */
@ServerFilter("/v1/**")
public final class AuthenticationFilter {
    /** Request attribute holding the authenticated {@link TenantId}. */
    public static final String TENANT_ATTRIBUTE = "atrium.tenant";
    /** Request attribute holding the {@link SessionGrant} of a session credential, absent for other credentials. */
    public static final String SESSION_ATTRIBUTE = "atrium.session";
    /** Request attribute holding the {@link JoinGrant} of a verified join token on the join route. */
    public static final String JOIN_GRANT_ATTRIBUTE = "atrium.joinGrant";

    private static final String BASIC_CHALLENGE = "Basic realm=\"atrium\", charset=\"UTF-8\"";
    private static final String ADMIN_CHALLENGE = "Bearer realm=\"atrium-admin\"";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"atrium\"";
    private static final String API_KEY_DETAIL =
            "Send an API key as HTTP Basic credentials: the key id as user name, the secret as password.";

    private final AuthenticateApiKeyUseCase apiKeys;
    private final VerifyJoinTokenUseCase joinTokens;
    private final ParticipantSessionUseCase sessions;
    @Nullable
    private final AdminToken adminToken;

    /** {@code adminToken} is absent when none is configured. */
    AuthenticationFilter(AuthenticateApiKeyUseCase apiKeys, VerifyJoinTokenUseCase joinTokens,
                         ParticipantSessionUseCase sessions, @Nullable AdminToken adminToken) {
        this.apiKeys = apiKeys;
        this.joinTokens = joinTokens;
        this.sessions = sessions;
        this.adminToken = adminToken;
    }

    /** Lets the request through ({@code null}) or answers 401 with a challenge. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<Problem> authenticate(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return switch (RequiredCredentials.of(request.getMethod(), request.getPath())) {
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
        tenant.ifPresent(id -> request.setAttribute(TENANT_ATTRIBUTE, id));
        return tenant.isPresent();
    }

    @Nullable
    private HttpResponse<Problem> joinToken(HttpRequest<?> request, @Nullable String authorization) {
        Optional<JoinGrant> grant = AuthorizationHeader.bearer(authorization).flatMap(joinTokens::verify);
        if (grant.isEmpty()) {
            return bearerChallenge(request, authorization,
                    "Send a valid join token for this room as 'Authorization: Bearer <token>'.");
        }
        request.setAttribute(TENANT_ATTRIBUTE, grant.get().tenantId());
        request.setAttribute(JOIN_GRANT_ATTRIBUTE, grant.get());
        return null;
    }

    /** Whether the request carries a valid session credential, which it then holds as attributes. */
    private boolean session(HttpRequest<?> request, @Nullable String authorization) {
        Optional<SessionGrant> grant = AuthorizationHeader.bearer(authorization).flatMap(sessions::authenticate);
        grant.ifPresent(session -> {
            request.setAttribute(TENANT_ATTRIBUTE, session.tenantId());
            request.setAttribute(SESSION_ATTRIBUTE, session);
        });
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
