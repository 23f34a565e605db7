package dev.atrium.application.service;

import dev.atrium.application.port.in.member.AddMemberUseCase;
import dev.atrium.application.port.in.member.ListMembersUseCase;
import dev.atrium.application.port.in.member.RemoveMemberUseCase;
import dev.atrium.application.port.in.member.UpdateMemberUseCase;
import dev.atrium.application.port.in.member.MemberChange;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;

import java.util.List;
import java.util.Optional;

/** The members of a room. A change of them runs under the room's lock, so it cannot slip past the room's end. */
public final class ManageMembersService implements ListMembersUseCase, AddMemberUseCase, UpdateMemberUseCase, RemoveMemberUseCase {
    private final RoomFinder finder;
    private final LiveRoomChanges changes;
    private final MemberRepository members;

    ManageMembersService(LiveRoomChanges changes, RoomRepository rooms, MemberRepository members) {
        this.finder = new RoomFinder(rooms);
        this.changes = changes;
        this.members = members;
    }

    @Override
    public List<RoomMember> listMembers(RoomLocator room) {
        return members.list(finder.find(room).id());
    }

    @Override
    public RoomMember addMember(RoomLocator locator, MemberDraft draft) {
        return changes.apply(locator, (live, now) -> {
            live.room().requireMembershipChangeable();
            return members.insert(RoomMember.add(live.room().id(), draft, now));
        });
    }

    @Override
    public RoomMember updateMember(RoomLocator locator, String userRef, MemberChange change) {
        return changes.apply(locator, (live, now) -> {
            live.room().requireNotEnded();
            RoomMember member = find(live.room(), userRef);
            return member.revise(change.displayName(), change.email(), change.role()) ? members.update(member) : member;
        });
    }

    @Override
    public void removeMember(RoomLocator locator, String userRef) {
        changes.apply(locator, (live, now) -> {
            live.room().requireMembershipChangeable();
            RoomMember member = find(live.room(), userRef);
            member.requireRemovable();
            members.delete(member);
            return member;
        });
    }

    private RoomMember find(Room room, String userRef) {
        return (UserRef.isValid(userRef) ? members.find(room.id(), new UserRef(userRef)) : Optional.<RoomMember>empty())
                .orElseThrow(() -> new NotFoundException(ErrorCode.MEMBER_NOT_FOUND,
                        "Room " + room.id() + " has no member '" + userRef + "'."));
    }
}
