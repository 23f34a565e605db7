package dev.atrium.adapter.rest.member;

import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.application.port.in.member.MemberChange;
import dev.atrium.domain.member.RoomMember;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper(config = RestMapperConfig.class)
public interface MemberRestMapper extends MemberMappings {

    MemberChange toChange(MemberChangeRequest request);

    default MemberListResponse toResponse(List<RoomMember> members) {
        return new MemberListResponse(members.stream().map(this::toResponse).toList());
    }
}
