package dev.atrium.application.port.out;

import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;

import java.util.List;
import java.util.Optional;

/**
 * Storage of room members, one per (room, userRef). Writes are optimistic like rooms':
 * {@link #update} and {@link #delete} fail with CONCURRENT_MODIFICATION when the member changed
 * since it was read.
 */
public interface MemberRepository {
    /** @throws dev.atrium.domain.shared.ConflictException MEMBER_EXISTS when the room has this userRef */
    RoomMember insert(RoomMember member);

    RoomMember update(RoomMember member);

    void delete(RoomMember member);

    Optional<RoomMember> find(RoomId roomId, UserRef userRef);

    /** Members of a room, owners first, then by the order they were added. */
    List<RoomMember> list(RoomId roomId);
}
