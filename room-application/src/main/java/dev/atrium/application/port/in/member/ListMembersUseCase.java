package dev.atrium.application.port.in.member;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.member.RoomMember;

import java.util.List;

/** Who has standing access to a room, with which role. */
public interface ListMembersUseCase {
    List<RoomMember> listMembers(RoomLocator room);
}
