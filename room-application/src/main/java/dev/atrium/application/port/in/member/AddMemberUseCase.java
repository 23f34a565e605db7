package dev.atrium.application.port.in.member;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;

/** Gives a person standing access to a room. */
public interface AddMemberUseCase {
    /** @throws dev.atrium.domain.shared.ConflictException MEMBER_EXISTS, ONE_TO_ONE_MEMBERS_FIXED, ROOM_ENDED */
    RoomMember addMember(RoomLocator room, MemberDraft member);
}
