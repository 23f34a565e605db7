package dev.atrium.adapter.rest.token;

import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.jwt.JsonWebKeys;
import dev.atrium.application.port.in.token.ListPublicKeysUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * GET /.well-known/jwks.json, public: the ES256 public keys of every tenant that verify tokens now,
 * rotated-out ones included until their tokens expired. It exists only when tokens are signed with
 * ES256; with HS256 there is no public key to publish and the path is not found.
 */
@RequiresCredential(Credential.NONE)
@Controller("/.well-known/jwks.json")
@Requires(property = "atrium.tokens.algorithm", pattern = "(?i)ES256")
@ExecuteOn(TaskExecutors.BLOCKING)
final class JwksController {
    private final ListPublicKeysUseCase listPublicKeys;

    JwksController(ListPublicKeysUseCase listPublicKeys) {
        this.listPublicKeys = listPublicKeys;
    }

    @Get
    JwksResponse keys() {
        return new JwksResponse(listPublicKeys.publicKeys().stream().map(JsonWebKeys::publicJwk).toList());
    }
}
