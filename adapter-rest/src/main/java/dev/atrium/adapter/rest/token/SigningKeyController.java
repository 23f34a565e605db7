package dev.atrium.adapter.rest.token;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.application.port.in.token.CurrentSigningKeyUseCase;
import dev.atrium.application.port.in.token.RotateSigningKeyUseCase;
import dev.atrium.domain.token.TokenIssuer;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/signing-keys: the tenant's current key, for its media servers to verify tokens offline, and
 * rotation. An HS256 answer holds the secret itself, so no answer here is ever cached.
 */
@RequiresCredential(Credential.API_KEY)
@Controller("/v1/signing-keys")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SigningKeyController {
    private final CurrentSigningKeyUseCase currentSigningKey;
    private final RotateSigningKeyUseCase rotateSigningKey;
    private final TokenIssuer issuer;
    private final TokenRestMapper mapper;

    SigningKeyController(CurrentSigningKeyUseCase currentSigningKey, RotateSigningKeyUseCase rotateSigningKey,
                         TokenIssuer issuer, TokenRestMapper mapper) {
        this.currentSigningKey = currentSigningKey;
        this.rotateSigningKey = rotateSigningKey;
        this.issuer = issuer;
        this.mapper = mapper;
    }

    @Get("/current")
    HttpResponse<SigningKeyResponse> current(Caller caller) {
        return unstored(HttpResponse.ok(mapper.toResponse(currentSigningKey.currentKey(caller.tenant()), issuer)));
    }

    /** The new key signs from now on; tokens signed with the previous one verify until they expire. */
    @Post("/rotate")
    HttpResponse<SigningKeyResponse> rotate(Caller caller) {
        return unstored(HttpResponse.created(mapper.toResponse(rotateSigningKey.rotate(caller.tenant()), issuer)));
    }

    private static HttpResponse<SigningKeyResponse> unstored(MutableHttpResponse<SigningKeyResponse> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
