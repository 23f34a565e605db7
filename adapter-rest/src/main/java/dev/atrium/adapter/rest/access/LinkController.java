package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.access.ListLinksUseCase;
import dev.atrium.application.port.in.access.OpenLinkUseCase;
import dev.atrium.application.port.in.access.RevokeLinkUseCase;
import dev.atrium.application.port.in.access.OpenedLink;
import dev.atrium.domain.link.PublicLink;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** /v1/rooms/{id}/links: public links into a room that admits guests. */
@RequiresCredential(Credential.API_KEY)
@Controller("/v1/rooms/{room}/links")
@ExecuteOn(TaskExecutors.BLOCKING)
final class LinkController {
    private static final DocumentShape<OpenLinkRequest> LINK_DOCUMENT =
            DocumentShape.of(OpenLinkRequest.class, OpenedLinkResponse.class);

    private final OpenLinkUseCase openLink;

    private final ListLinksUseCase listLinks;

    private final RevokeLinkUseCase revokeLink;
    private final LinkRestMapper mapper;
    private final LinkUrls urls;
    private final JsonDocuments documents;

    LinkController(OpenLinkUseCase openLink, ListLinksUseCase listLinks, RevokeLinkUseCase revokeLink,
                   LinkRestMapper mapper, LinkUrls urls, JsonDocuments documents) {
        this.openLink = openLink;
        this.listLinks = listLinks;
        this.revokeLink = revokeLink;
        this.mapper = mapper;
        this.urls = urls;
        this.documents = documents;
    }

    /** The token is in this answer only, so no cache may keep it. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<OpenedLinkResponse> open(Caller caller, String room, @Nullable @Body byte[] body) {
        OpenLinkRequest request = documents.read(body, LINK_DOCUMENT);
        PublicLink.Terms terms = PublicLink.Terms.parse(request.role(), request.ttlSeconds(), request.maxUses(),
                request.password());
        OpenedLink opened = openLink.openLink(caller.room(room), terms);
        return HttpResponse.created(mapper.toResponse(opened, urls.of(opened.token())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get
    LinkListResponse list(Caller caller, String room) {
        return mapper.toResponse(listLinks.listLinks(caller.room(room)));
    }

    @Delete("/{linkId}")
    HttpResponse<Void> revoke(Caller caller, String room, String linkId) {
        revokeLink.revokeLink(caller.room(room), linkId);
        return HttpResponse.noContent();
    }
}
