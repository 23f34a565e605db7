package dev.atrium.adapter.rest.meeting;

import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.adapter.rest.member.MemberMappings;
import dev.atrium.adapter.rest.room.RoomResponse;
import dev.atrium.domain.meeting.MeetingChange;
import dev.atrium.domain.meeting.MeetingDraft;
import dev.atrium.domain.member.RoomMember;
import org.mapstruct.Mapper;

import java.util.List;

/**
 * The meeting documents and the domain. The room inside a meeting is mapped by RoomRestMapper, as
 * /v1/rooms maps it, and handed in: one mapping of a room for both APIs; its members are mapped as
 * /v1/rooms/{id}/members maps them, by the member mappings this one extends.
 */
@Mapper(config = RestMapperConfig.class)
public interface MeetingRestMapper extends MemberMappings {

    MeetingDraft toDraft(BookMeetingRequest request);

    /** Through the domain's factory, which parses {@code update} and checks the fields of its kind. */
    default MeetingChange toChange(UpdateMeetingRequest request) {
        return MeetingChange.of(request.update(), request.name(), request.description(), request.startsAt(),
                request.durationMinutes(), request.members() == null ? null : toDrafts(request.members()));
    }

    MeetingResponse toResponse(RoomResponse room, List<RoomMember> members);
}
