package dev.atrium.adapter.rest.meeting;

import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.adapter.rest.mapping.RestValueMappings;
import dev.atrium.adapter.rest.room.RoomResponse;
import dev.atrium.domain.meeting.MeetingChange;
import dev.atrium.domain.meeting.MeetingDraft;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import io.micronaut.core.annotation.Nullable;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.util.List;

/**
 * The meeting documents and the domain. The room inside a meeting is mapped by RoomRestMapper, as
 * /v1/rooms maps it, and handed in: one mapping of a room for both APIs.
 */
@Mapper(config = RestMapperConfig.class)
public interface MeetingRestMapper extends RestValueMappings {

    MeetingDraft toDraft(BookMeetingRequest request);

    @Mapping(target = "displayName", source = "name")
    MemberDraft toDraft(AttendeeRequest request);

    List<MemberDraft> toDrafts(List<AttendeeRequest> requests);

    /** Through the domain's factory, which parses {@code update} and checks the fields of its kind. */
    default MeetingChange toChange(UpdateMeetingRequest request) {
        return MeetingChange.of(request.update(), request.title(), request.agenda(), request.startsAt(),
                request.durationMinutes(), request.attendees() == null ? null : toDrafts(request.attendees()));
    }

    MeetingResponse toResponse(RoomResponse room, List<RoomMember> attendees);

    /** RoomMember is an entity without bean getters; its parts are what MapStruct maps. */
    default AttendeeResponse toResponse(RoomMember attendee) {
        return toResponse(attendee.userRef(), attendee.displayName(), attendee.email(), attendee.role(), attendee.addedAt());
    }

    @Mapping(target = "name", source = "displayName")
    AttendeeResponse toResponse(UserRef userRef, String displayName, @Nullable String email, Role role, Instant addedAt);
}
