package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.adapter.rest.token.TokenResponse;
import dev.atrium.adapter.rest.token.TokenRestMapper;
import dev.atrium.application.port.in.access.AdmitGuestCommand;
import dev.atrium.application.port.in.access.AdmitGuestUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * POST /v1/links/{linkToken}/guests, without an API key: whoever holds a link's token comes in as a
 * guest with a join token of the link's role. The link token itself is the credential.
 */
@RequiresCredential(Credential.NONE)
@Controller(GuestController.PATH_PREFIX + "{linkToken}/guests")
@ExecuteOn(TaskExecutors.BLOCKING)
final class GuestController {
    static final String PATH_PREFIX = "/v1/links/";
    private static final DocumentShape<GuestRequest> GUEST_DOCUMENT = DocumentShape.of(GuestRequest.class);

    private final AdmitGuestUseCase admitGuest;
    private final TokenRestMapper mapper;
    private final ClientAddresses clients;
    private final JsonDocuments documents;

    GuestController(AdmitGuestUseCase admitGuest, TokenRestMapper mapper, ClientAddresses clients,
                    JsonDocuments documents) {
        this.admitGuest = admitGuest;
        this.mapper = mapper;
        this.clients = clients;
        this.documents = documents;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<TokenResponse> admit(HttpRequest<?> request, String linkToken, @Nullable @Body byte[] body) {
        GuestRequest guest = documents.read(body, GUEST_DOCUMENT);
        AdmitGuestCommand command = new AdmitGuestCommand(linkToken, guest.displayName(), guest.password(),
                clients.of(request));
        return HttpResponse.created(mapper.toResponse(admitGuest.admitGuest(command)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
