package dev.atrium.adapter.rest.token;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import dev.atrium.application.port.in.token.VerifyJoinTokenUseCase;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.TokenIssuer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * POST /v1/tokens/introspect, RFC 7662: is this join token valid now? The request is a form
 * ({@code token=...}) as the RFC has it, or the same as JSON. A token that is invalid for any reason,
 * or that belongs to another tenant, is {@code {"active": false}}: the caller learns nothing more.
 */
@RequiresCredential(Credential.API_KEY)
@Controller("/v1/tokens/introspect")
@ExecuteOn(TaskExecutors.BLOCKING)
final class IntrospectionController {
    private static final DocumentShape<IntrospectionRequest> INTROSPECTION_DOCUMENT =
            DocumentShape.of(IntrospectionRequest.class);

    private final VerifyJoinTokenUseCase verifyJoinToken;
    private final TokenIssuer issuer;
    private final TokenRestMapper mapper;
    private final JsonDocuments documents;

    IntrospectionController(VerifyJoinTokenUseCase verifyJoinToken, TokenIssuer issuer, TokenRestMapper mapper,
                            JsonDocuments documents) {
        this.verifyJoinToken = verifyJoinToken;
        this.issuer = issuer;
        this.mapper = mapper;
        this.documents = documents;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    IntrospectionResponse introspectForm(Caller caller, @Nullable @Body byte[] body) {
        return introspect(caller.tenant(), tokenField(body));
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    IntrospectionResponse introspectJson(Caller caller, @Nullable @Body byte[] body) {
        return introspect(caller.tenant(), documents.read(body, INTROSPECTION_DOCUMENT).token());
    }

    /**
     * The {@code token} of a form body, decoded here rather than by the framework: a malformed
     * encoding is the client's mistake (400), and the token must never end up in an error log.
     */
    private static String tokenField(@Nullable byte[] body) {
        String token = null;
        String form = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!"token".equals(name)) {
                continue;
            }
            if (token != null) {
                throw RequestRejectedException.of(HttpErrorCode.INVALID_PARAMETER, "token", "is given more than once");
            }
            try {
                token = URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                throw RequestRejectedException.of(HttpErrorCode.INVALID_PARAMETER, "token", "is not form-encoded correctly");
            }
        }
        return token;
    }

    private IntrospectionResponse introspect(TenantId tenant, @Nullable String token) {
        if (token == null) {
            throw RequestRejectedException.of(HttpErrorCode.INVALID_PARAMETER, "token", "is required");
        }
        return verifyJoinToken.verify(token)
                .filter(grant -> grant.tenantId().equals(tenant))
                .map(grant -> mapper.toActiveIntrospection(grant, issuer))
                .orElse(IntrospectionResponse.INACTIVE);
    }
}
