package dev.atrium.adapter.persistence.member;

import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.domain.fixtures.MemberDrafts;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The contract of {@link MemberRepository}, written once and run on every supported database
 * ({@link JdbcMemberRepositoryIT}). The suite shares one database; each test works in rooms of its own.
 */
abstract class MemberRepositoryContract extends SharedDatabaseSuite {
    /** In the hour Europe/Berlin, the zone the build runs tests in, repeats when summer time ends. */
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.250001Z");

    private MemberRepository members;
    private StoredRooms rooms;

    @BeforeAll
    void findPorts() {
        members = context().bean(MemberRepository.class);
        rooms = new StoredRooms(context(), NOW);
    }

    @Test
    void aStoredMemberIsFoundAsItWasStored() {
        Room room = rooms.newRoom(RoomDraft.empty());
        RoomMember member = RoomMember.add(room.id(), new MemberDraft("crm:4711", "Ada Lovelace", "ada@example.com", "MODERATOR"), NOW);

        RoomMember inserted = members.insert(member);

        assertEquals(stateOf(member), stateOf(inserted));
        assertEquals(stateOf(member), stateOf(find(room, "crm:4711")));
    }

    @Test
    void aMemberWithoutEmailComesBackWithout() {
        Room room = rooms.newRoom(RoomDraft.empty());

        members.insert(newMember(room, "bob", "VIEWER"));

        assertNull(find(room, "bob").email());
    }

    @Test
    void anUnknownMemberIsNotFound() {
        Room room = rooms.newRoom(RoomDraft.empty());

        assertEquals(Optional.empty(), members.find(room.id(), new UserRef("nobody")));
    }

    @Test
    void aUserRefIsAMemberOfARoomOnce() {
        Room room = rooms.newRoom(RoomDraft.empty());
        members.insert(newMember(room, "ada", "VIEWER"));

        assertFails(ErrorCode.MEMBER_EXISTS, () -> members.insert(newMember(room, "ada", "MODERATOR")));

        assertEquals(Role.VIEWER, find(room, "ada").role());
    }

    @Test
    void oneUserRefMayBeAMemberOfTwoRooms() {
        Room first = rooms.newRoom(RoomDraft.empty());
        Room second = rooms.newRoom(RoomDraft.empty());

        members.insert(newMember(first, "ada", "VIEWER"));
        members.insert(newMember(second, "ada", "MODERATOR"));

        assertEquals(List.of(Role.VIEWER, Role.MODERATOR), List.of(find(first, "ada").role(), find(second, "ada").role()));
    }

    @Test
    void aMemberOfARoomDeletedMeanwhileIsRefusedAsRoomNotFound() {
        Room room = rooms.newRoom(RoomDraft.empty());
        rooms.delete(room);

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> members.insert(newMember(room, "ada", null)));
    }

    @Test
    void anUpdateStoresTheChangeAndReturnsTheNextVersion() {
        Room room = rooms.newRoom(RoomDraft.empty());
        RoomMember member = members.insert(newMember(room, "ada", "PARTICIPANT"));
        member.revise("Ada L.", "ada@example.com", "MODERATOR");

        RoomMember updated = members.update(member);

        assertEquals(1, updated.version());
        assertEquals(stateOf(updated), stateOf(find(room, "ada")));
        assertEquals(List.of("Ada L.", "ada@example.com", Role.MODERATOR), List.of(updated.displayName(), updated.email(), updated.role()));
    }

    @Test
    void anUpdateOfAStaleVersionFailsAndKeepsTheStoredMember() {
        Room room = rooms.newRoom(RoomDraft.empty());
        members.insert(newMember(room, "ada", "PARTICIPANT"));
        RoomMember first = find(room, "ada");
        RoomMember second = find(room, "ada");
        first.revise(null, null, "VIEWER");
        RoomMember winner = members.update(first);
        second.revise("Lost", null, null);

        assertFails(ErrorCode.CONCURRENT_MODIFICATION, () -> members.update(second));

        assertEquals(stateOf(winner), stateOf(find(room, "ada")));
    }

    @RepeatedTest(5)
    void twoRacingUpdatesOfOneVersionGiveOneWinnerAndOneConflict() throws InterruptedException {
        Room room = rooms.newRoom(RoomDraft.empty());
        members.insert(newMember(room, "ada", "PARTICIPANT"));
        RoomMember promoting = find(room, "ada");
        RoomMember renaming = find(room, "ada");
        promoting.revise(null, null, "MODERATOR");
        renaming.revise("Renamed", null, null);

        List<ErrorCode> failures = Race.between(() -> members.update(promoting), () -> members.update(renaming));

        assertEquals(List.of(ErrorCode.CONCURRENT_MODIFICATION), failures);
        assertEquals(1, find(room, "ada").version());
    }

    @Test
    void aDeleteRemovesTheMember() {
        Room room = rooms.newRoom(RoomDraft.empty());
        RoomMember member = members.insert(newMember(room, "ada", null));

        members.delete(member);

        assertEquals(Optional.empty(), members.find(room.id(), member.userRef()));
    }

    @Test
    void aDeleteOfAStaleVersionFailsAndKeepsTheMember() {
        Room room = rooms.newRoom(RoomDraft.empty());
        RoomMember stale = members.insert(newMember(room, "ada", null));
        RoomMember changed = find(room, "ada");
        changed.revise(null, null, "VIEWER");
        members.update(changed);

        assertFails(ErrorCode.CONCURRENT_MODIFICATION, () -> members.delete(stale));

        assertEquals(Role.VIEWER, find(room, "ada").role());
    }

    @Test
    void theListHasOwnersFirstThenMembersInTheOrderTheyWereAdded() {
        Room room = rooms.newRoom(rooms.newTenant(), RoomDraft.empty(),
                List.of(MemberDrafts.member("zoe", "VIEWER"), MemberDrafts.member("yann", "OWNER")));
        members.insert(newMember(room, "adam", "MODERATOR"));
        members.insert(newMember(room, "bea", null));

        assertEquals(List.of("yann", "zoe", "adam", "bea"),
                members.list(room.id()).stream().map(member -> member.userRef().value()).toList());
    }

    @Test
    void theListHasOnlyTheRoomsMembers() {
        Room ours = rooms.newRoom(RoomDraft.empty());
        Room theirs = rooms.newRoom(RoomDraft.empty());
        members.insert(newMember(ours, "ada", null));
        members.insert(newMember(theirs, "bob", null));

        assertEquals(List.of(new UserRef("ada")), members.list(ours.id()).stream().map(RoomMember::userRef).toList());
    }

    @Test
    void deletingTheRoomRemovesItsMembers() {
        Room room = rooms.newRoom(RoomDraft.empty());
        members.insert(newMember(room, "ada", null));

        rooms.delete(room);

        assertEquals(List.of(), members.list(room.id()));
        assertEquals(Optional.empty(), members.find(room.id(), new UserRef("ada")));
    }

    private RoomMember find(Room room, String userRef) {
        return members.find(room.id(), new UserRef(userRef)).orElseThrow();
    }

    private static RoomMember newMember(Room room, String userRef, String role) {
        return RoomMember.add(room.id(), MemberDrafts.member(userRef, role), NOW);
    }

    /** Everything a member holds, in a form that compares by value. */
    private static List<Object> stateOf(RoomMember member) {
        return Arrays.asList(member.roomId(), member.userRef(), member.displayName(), member.email(), member.role(),
                member.addedAt(), member.version());
    }
}
