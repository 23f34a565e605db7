package dev.atrium.application.port.in.member;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.member.RoomMember;

/** Promotes, demotes or renames a member. */
public interface UpdateMemberUseCase {
    /** @throws dev.atrium.domain.shared.PreconditionFailedException OWNER_ROLE_FIXED */
    RoomMember updateMember(RoomLocator room, String userRef, MemberChange change);
}
