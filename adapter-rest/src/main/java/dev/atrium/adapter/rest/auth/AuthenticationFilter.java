package dev.atrium.adapter.rest.auth;

import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.Problem;
import dev.atrium.adapter.rest.problem.ProblemResponses;
import dev.atrium.application.port.in.AuthenticateApiKeyUseCase;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Authenticates every request under /v1. Admin paths need the admin token as a Bearer token (when
 * no token is configured they pass, and routing answers 404 because the admin routes do not
 * exist); a guest's arrival by public link ({@code /v1/links/{linkToken}/guests}) needs nothing, the
 * link token in its path being its credential; every other path needs an API key as HTTP Basic,
 * checked against the store on each request so that a revoked key stops at once on every node. The
 * tenant of the key is put into the request attribute {@link #TENANT_ATTRIBUTE} for the controllers.
 */
@ServerFilter("/v1/**")
public final class AuthenticationFilter {
    /** Request attribute holding the authenticated {@link TenantId}. */
    public static final String TENANT_ATTRIBUTE = "atrium.tenant";

    private static final String BASIC_CHALLENGE = "Basic realm=\"atrium\", charset=\"UTF-8\"";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"atrium-admin\"";
    private static final String ADMIN_PATH = "/v1/admin";
    private static final Pattern GUEST_PATH = Pattern.compile("/v1/links/[^/]+/guests");

    private final AuthenticateApiKeyUseCase apiKeys;
    @Nullable
    private final AdminToken adminToken;

    /** {@code adminToken} is absent when none is configured. */
    AuthenticationFilter(AuthenticateApiKeyUseCase apiKeys, @Nullable AdminToken adminToken) {
        this.apiKeys = apiKeys;
        this.adminToken = adminToken;
    }

    /** Lets the request through ({@code null}) or answers 401 with a challenge. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<Problem> authenticate(HttpRequest<?> request) {
        if (GUEST_PATH.matcher(request.getPath()).matches()) {
            return null;
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (isAdminPath(request.getPath())) {
            // Without a token there are no admin routes to protect: routing answers 404.
            boolean admitted = adminToken == null
                    || AuthorizationHeader.bearer(authorization).filter(adminToken::admits).isPresent();
            return admitted ? null : challenge(request, BEARER_CHALLENGE,
                    "Send the admin token as 'Authorization: Bearer <token>'.");
        }
        Optional<TenantId> tenant = AuthorizationHeader.basic(authorization)
                .flatMap(credentials -> apiKeys.authenticate(credentials.keyId(), credentials.secret()));
        if (tenant.isEmpty()) {
            return challenge(request, BASIC_CHALLENGE,
                    "Send an API key as HTTP Basic credentials: the key id as user name, the secret as password.");
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant.get());
        return null;
    }

    private static boolean isAdminPath(String path) {
        return path.equals(ADMIN_PATH) || path.startsWith(ADMIN_PATH + "/");
    }

    private static HttpResponse<Problem> challenge(HttpRequest<?> request, String challenge, String detail) {
        return ProblemResponses.of(request, HttpErrorCode.UNAUTHENTICATED, detail, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }
}
