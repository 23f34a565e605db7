package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.auth.AuthenticationFilter;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.ManageLinksUseCase;
import dev.atrium.application.port.in.OpenedLink;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.tenant.TenantId;
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
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** /v1/rooms/{id}/links: public links into a room that admits guests. */
@Controller("/v1/rooms/{idOrExternalId}/links")
@ExecuteOn(TaskExecutors.BLOCKING)
final class LinkController {
    private static final DocumentShape<OpenLinkRequest> LINK_DOCUMENT =
            DocumentShape.of(OpenLinkRequest.class, OpenedLinkResponse.class);

    private final ManageLinksUseCase links;
    private final LinkRestMapper mapper;
    private final LinkUrls urls;
    private final JsonDocuments documents;

    LinkController(ManageLinksUseCase links, LinkRestMapper mapper, LinkUrls urls, JsonDocuments documents) {
        this.links = links;
        this.mapper = mapper;
        this.urls = urls;
        this.documents = documents;
    }

    /** The token is in this answer only, so no cache may keep it. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<OpenedLinkResponse> open(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                          String idOrExternalId, @Nullable @Body byte[] body) {
        OpenLinkRequest request = documents.read(body, LINK_DOCUMENT);
        PublicLink.Terms terms = PublicLink.Terms.parse(request.role(), request.ttlSeconds(), request.maxUses(),
                request.password());
        OpenedLink opened = links.openLink(new RoomLocator(tenant, idOrExternalId), terms);
        return HttpResponse.created(mapper.toResponse(opened, urls.of(opened.token())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Get
    LinkListResponse list(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                          String idOrExternalId) {
        return mapper.toResponse(links.listLinks(new RoomLocator(tenant, idOrExternalId)));
    }

    @Delete("/{linkId}")
    HttpResponse<Void> revoke(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                              String idOrExternalId, String linkId) {
        links.revokeLink(new RoomLocator(tenant, idOrExternalId), linkId);
        return HttpResponse.noContent();
    }
}
