package dev.atrium.application.port.in.member;

import dev.atrium.application.port.in.RoomLocator;

/** Takes a member's standing access away. */
public interface RemoveMemberUseCase {
    /** @throws dev.atrium.domain.shared.ForbiddenException OWNER_NOT_REMOVABLE */
    void removeMember(RoomLocator room, String userRef);
}
