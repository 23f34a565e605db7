package dev.atrium.adapter.rest.member;

import dev.atrium.adapter.rest.auth.AuthenticationFilter;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.ManageMembersUseCase;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/rooms/{id}/members. A member is addressed by its userRef, which clients percent-encode in the
 * path; the framework decodes it before it arrives here.
 */
@Controller("/v1/rooms/{idOrExternalId}/members")
@ExecuteOn(TaskExecutors.BLOCKING)
final class MemberController {
    private static final DocumentShape<MemberRequest> MEMBER_DOCUMENT =
            DocumentShape.of(MemberRequest.class, MemberResponse.class);
    private static final DocumentShape<MemberChangeRequest> CHANGE_DOCUMENT =
            DocumentShape.of(MemberChangeRequest.class, MemberResponse.class);

    private final ManageMembersUseCase members;
    private final MemberRestMapper mapper;
    private final JsonDocuments documents;

    MemberController(ManageMembersUseCase members, MemberRestMapper mapper, JsonDocuments documents) {
        this.members = members;
        this.mapper = mapper;
        this.documents = documents;
    }

    @Get
    MemberListResponse list(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                            String idOrExternalId) {
        return mapper.toResponse(members.listMembers(new RoomLocator(tenant, idOrExternalId)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<MemberResponse> add(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                     String idOrExternalId, @Nullable @Body byte[] body) {
        MemberRequest request = documents.read(body, MEMBER_DOCUMENT);
        return HttpResponse.created(mapper.toResponse(
                members.addMember(new RoomLocator(tenant, idOrExternalId), mapper.toDraft(request))));
    }

    @Patch("/{userRef}")
    @Consumes({MediaType.APPLICATION_JSON_MERGE_PATCH, MediaType.APPLICATION_JSON})
    MemberResponse update(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                          String idOrExternalId, String userRef, @Nullable @Body byte[] body) {
        MemberChangeRequest request = documents.read(body, CHANGE_DOCUMENT);
        return mapper.toResponse(members.updateMember(new RoomLocator(tenant, idOrExternalId), userRef,
                mapper.toChange(request)));
    }

    @Delete("/{userRef}")
    HttpResponse<Void> remove(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                              String idOrExternalId, String userRef) {
        members.removeMember(new RoomLocator(tenant, idOrExternalId), userRef);
        return HttpResponse.noContent();
    }
}
