package dev.atrium.application.fakes;

import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Members in memory, as snapshots with optimistic versions, like the real store. Takes part in an
 * {@link InMemoryUnitOfWork} when given to it, so a failed transaction takes its member writes back.
 */
public final class InMemoryMemberRepository implements MemberRepository, InMemoryUnitOfWork.Participant {
    private final Map<String, RoomMember> members = new LinkedHashMap<>();

    @Override
    public synchronized RoomMember insert(RoomMember member) {
        String key = key(member.roomId(), member.userRef());
        if (members.containsKey(key)) {
            throw new ConflictException(ErrorCode.MEMBER_EXISTS, "member exists: " + member.userRef());
        }
        members.put(key, copy(member, 0));
        return copy(member, 0);
    }

    @Override
    public synchronized RoomMember update(RoomMember member) {
        RoomMember stored = copy(member, member.version() + 1);
        members.put(requireCurrent(member), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized void delete(RoomMember member) {
        members.remove(requireCurrent(member));
    }

    @Override
    public synchronized Optional<RoomMember> find(RoomId roomId, UserRef userRef) {
        return Optional.ofNullable(members.get(key(roomId, userRef))).map(member -> copy(member, member.version()));
    }

    @Override
    public synchronized List<RoomMember> list(RoomId roomId) {
        return members.values().stream()
                .filter(member -> member.roomId().equals(roomId))
                .sorted(Comparator.comparing((RoomMember member) -> member.role() != Role.OWNER))
                .map(member -> copy(member, member.version()))
                .toList();
    }

    /** Forgets the members of a deleted room, as the real store's cascade does. */
    synchronized void deleteAllOf(RoomId roomId) {
        members.values().removeIf(member -> member.roomId().equals(roomId));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, RoomMember> copy = new LinkedHashMap<>(members);
        return () -> {
            synchronized (this) {
                members.clear();
                members.putAll(copy);
            }
        };
    }

    /** The member's key, if the store still holds it at the member's version. */
    private String requireCurrent(RoomMember member) {
        String key = key(member.roomId(), member.userRef());
        RoomMember current = members.get(key);
        if (current == null || current.version() != member.version()) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, "stale member " + member.userRef());
        }
        return key;
    }

    private static String key(RoomId roomId, UserRef userRef) {
        return roomId + "|" + userRef;
    }

    private static RoomMember copy(RoomMember member, long version) {
        return RoomMember.reconstitute(member.roomId(), member.userRef(), member.displayName(), member.email(),
                member.role(), member.addedAt(), version);
    }
}
