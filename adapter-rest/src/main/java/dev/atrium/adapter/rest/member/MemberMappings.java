package dev.atrium.adapter.rest.member;

import dev.atrium.adapter.rest.mapping.RestValueMappings;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A member as the API writes and shows it, wherever members appear: at /v1/rooms/{id}/members, in
 * a room's creation and in a meeting. Not a mapper itself: each mapper that shows members extends it,
 * so one bean per mapper stays injectable by its own type.
 */
public interface MemberMappings extends RestValueMappings {

    MemberDraft toDraft(MemberRequest request);

    List<MemberDraft> toDrafts(List<MemberRequest> requests);

    /** RoomMember is an entity without bean getters; its parts are what MapStruct maps. */
    default MemberResponse toResponse(RoomMember member) {
        return toResponse(member.userRef(), member.displayName(), member.email(), member.role(), member.addedAt());
    }

    MemberResponse toResponse(UserRef userRef, String displayName, @Nullable String email, Role role, Instant addedAt);
}
