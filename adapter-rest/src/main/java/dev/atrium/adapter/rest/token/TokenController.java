package dev.atrium.adapter.rest.token;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.token.IssueJoinTokenUseCase;
import dev.atrium.application.port.in.token.RevokeAllJoinTokensUseCase;
import dev.atrium.application.port.in.token.RevokeJoinTokenUseCase;
import dev.atrium.domain.token.JoinTokenRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** /v1/rooms/{id}/tokens: join tokens for a room, and taking them back. */
@RequiresCredential(Credential.API_KEY)
@Controller("/v1/rooms/{room}/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
final class TokenController {
    private static final DocumentShape<IssueTokenRequest> TOKEN_DOCUMENT =
            DocumentShape.of(IssueTokenRequest.class, TokenResponse.class);

    private final IssueJoinTokenUseCase issueJoinToken;
    private final RevokeJoinTokenUseCase revokeJoinToken;
    private final RevokeAllJoinTokensUseCase revokeAllJoinTokens;
    private final TokenRestMapper mapper;
    private final JsonDocuments documents;

    TokenController(IssueJoinTokenUseCase issueJoinToken, RevokeJoinTokenUseCase revokeJoinToken,
                    RevokeAllJoinTokensUseCase revokeAllJoinTokens, TokenRestMapper mapper, JsonDocuments documents) {
        this.issueJoinToken = issueJoinToken;
        this.revokeJoinToken = revokeJoinToken;
        this.revokeAllJoinTokens = revokeAllJoinTokens;
        this.mapper = mapper;
        this.documents = documents;
    }

    /** The token is a secret, so no cache may keep the answer. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<TokenResponse> issue(Caller caller, String room, @Nullable @Body byte[] body) {
        IssueTokenRequest request = documents.read(body, TOKEN_DOCUMENT);
        JoinTokenRequest joinRequest = JoinTokenRequest.parse(request.displayName(), request.role(), request.userRef(),
                request.metadata(), request.ttlSeconds());
        return HttpResponse.created(mapper.toResponse(
                        issueJoinToken.issueJoinToken(caller.room(room), joinRequest)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/{jti}")
    HttpResponse<Void> revoke(Caller caller, String room, String jti) {
        revokeJoinToken.revokeToken(caller.room(room), jti);
        return HttpResponse.noContent();
    }

    /** Every token issued so far to one person for the room; {@code userRef} is required. */
    @Delete
    HttpResponse<Void> revokeAllOf(Caller caller, String room, @QueryValue String userRef) {
        revokeAllJoinTokens.revokeAllOf(caller.room(room), userRef);
        return HttpResponse.noContent();
    }
}
