package dev.atrium.adapter.rest.member;

import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.adapter.rest.mapping.RestValueMappings;
import dev.atrium.application.port.in.MemberChange;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import io.micronaut.core.annotation.Nullable;
import org.mapstruct.Mapper;

import java.time.Instant;
import java.util.List;

@Mapper(config = RestMapperConfig.class)
public interface MemberRestMapper extends RestValueMappings {

    MemberDraft toDraft(MemberRequest request);

    List<MemberDraft> toDrafts(List<MemberRequest> requests);

    MemberChange toChange(MemberChangeRequest request);

    /** RoomMember is an entity without bean getters; its parts are what MapStruct maps. */
    default MemberResponse toResponse(RoomMember member) {
        return toResponse(member.userRef(), member.displayName(), member.email(), member.role(), member.addedAt());
    }

    MemberResponse toResponse(UserRef userRef, String displayName, @Nullable String email, Role role, Instant addedAt);

    default MemberListResponse toResponse(List<RoomMember> members) {
        return new MemberListResponse(members.stream().map(this::toResponse).toList());
    }
}
