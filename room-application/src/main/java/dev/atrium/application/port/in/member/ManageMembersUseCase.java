package dev.atrium.application.port.in.member;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;

import java.util.List;

/** Standing access to a room: who is a member, with which role. */
public interface ManageMembersUseCase {
    List<RoomMember> listMembers(RoomLocator room);

    /** @throws dev.atrium.domain.shared.ConflictException MEMBER_EXISTS, ONE_TO_ONE_MEMBERS_FIXED, ROOM_ENDED */
    RoomMember addMember(RoomLocator room, MemberDraft member);

    /** Promotes, demotes or renames. @throws dev.atrium.domain.shared.PreconditionFailedException OWNER_ROLE_FIXED */
    RoomMember updateMember(RoomLocator room, String userRef, MemberChange change);

    /** @throws dev.atrium.domain.shared.ForbiddenException OWNER_NOT_REMOVABLE */
    void removeMember(RoomLocator room, String userRef);
}
