package dev.atrium.adapter.rest.member;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.member.AddMemberUseCase;
import dev.atrium.application.port.in.member.ListMembersUseCase;
import dev.atrium.application.port.in.member.RemoveMemberUseCase;
import dev.atrium.application.port.in.member.UpdateMemberUseCase;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/rooms/{id}/members. A member is addressed by its userRef, which clients percent-encode in the
 * path; the framework decodes it before it arrives here.
 */
@RequiresCredential(Credential.API_KEY)
@Controller("/v1/rooms/{room}/members")
@ExecuteOn(TaskExecutors.BLOCKING)
final class MemberController {
    private static final DocumentShape<MemberRequest> MEMBER_DOCUMENT =
            DocumentShape.of(MemberRequest.class, MemberResponse.class);
    private static final DocumentShape<MemberChangeRequest> CHANGE_DOCUMENT =
            DocumentShape.of(MemberChangeRequest.class, MemberResponse.class);

    private final ListMembersUseCase listMembers;

    private final AddMemberUseCase addMember;

    private final UpdateMemberUseCase updateMember;

    private final RemoveMemberUseCase removeMember;
    private final MemberRestMapper mapper;
    private final JsonDocuments documents;

    MemberController(ListMembersUseCase listMembers, AddMemberUseCase addMember, UpdateMemberUseCase updateMember,
                     RemoveMemberUseCase removeMember, MemberRestMapper mapper, JsonDocuments documents) {
        this.listMembers = listMembers;
        this.addMember = addMember;
        this.updateMember = updateMember;
        this.removeMember = removeMember;
        this.mapper = mapper;
        this.documents = documents;
    }

    @Get
    MemberListResponse list(Caller caller, String room) {
        return mapper.toResponse(listMembers.listMembers(caller.room(room)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<MemberResponse> add(Caller caller, String room, @Nullable @Body byte[] body) {
        MemberRequest request = documents.read(body, MEMBER_DOCUMENT);
        return HttpResponse.created(mapper.toResponse(
                addMember.addMember(caller.room(room), mapper.toDraft(request))));
    }

    @Patch("/{userRef}")
    @Consumes({MediaType.APPLICATION_JSON_MERGE_PATCH, MediaType.APPLICATION_JSON})
    MemberResponse update(Caller caller, String room, String userRef, @Nullable @Body byte[] body) {
        MemberChangeRequest request = documents.read(body, CHANGE_DOCUMENT);
        return mapper.toResponse(updateMember.updateMember(caller.room(room), userRef,
                mapper.toChange(request)));
    }

    @Delete("/{userRef}")
    HttpResponse<Void> remove(Caller caller, String room, String userRef) {
        removeMember.removeMember(caller.room(room), userRef);
        return HttpResponse.noContent();
    }
}
