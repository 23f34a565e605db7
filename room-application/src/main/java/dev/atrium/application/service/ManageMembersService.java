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

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

public final class ManageMembersService implements ListMembersUseCase, AddMemberUseCase, UpdateMemberUseCase, RemoveMemberUseCase {
    private final RoomFinder finder;
    private final MemberRepository members;
    private final Clock clock;

    public ManageMembersService(RoomRepository rooms, MemberRepository members, Clock clock) {
        this.finder = new RoomFinder(rooms);
        this.members = members;
        this.clock = clock;
    }

    @Override
    public List<RoomMember> listMembers(RoomLocator room) {
        return members.list(finder.find(room).id());
    }

    @Override
    public RoomMember addMember(RoomLocator locator, MemberDraft draft) {
        Room room = finder.find(locator);
        room.requireMembershipChangeable();
        return members.insert(RoomMember.add(room.id(), draft, clock.instant()));
    }

    @Override
    public RoomMember updateMember(RoomLocator locator, String userRef, MemberChange change) {
        Room room = finder.find(locator);
        room.requireNotEnded();
        return OptimisticRetry.run(OptionalLong.empty(), () -> {
            RoomMember member = find(room, userRef);
            return member.revise(change.displayName(), change.email(), change.role()) ? members.update(member) : member;
        });
    }

    @Override
    public void removeMember(RoomLocator locator, String userRef) {
        Room room = finder.find(locator);
        room.requireMembershipChangeable();
        OptimisticRetry.run(OptionalLong.empty(), () -> {
            RoomMember member = find(room, userRef);
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
