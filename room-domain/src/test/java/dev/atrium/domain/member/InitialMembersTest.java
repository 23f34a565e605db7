package dev.atrium.domain.member;

import dev.atrium.domain.fixtures.MemberDrafts;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.MemberDrafts.member;
import static dev.atrium.domain.fixtures.MemberDrafts.pair;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InitialMembersTest {
    private final Rooms rooms = Rooms.at(NOW);

    private InitialMembers of(Room room, List<MemberDraft> drafts) {
        return InitialMembers.of(room, drafts, NOW);
    }

    private static List<Role> roles(InitialMembers members) {
        return members.members().stream().map(RoomMember::role).toList();
    }

    @Nested
    class OneToOne {
        private final Room room = rooms.open(RoomDrafts.ofType("ONE_TO_ONE").build());

        @Test
        void both_people_become_owners_of_the_room() {
            InitialMembers members = of(room, pair("bob", "alice"));

            assertEquals(List.of(Role.OWNER, Role.OWNER), roles(members));
            assertTrue(members.members().stream().allMatch(member -> member.roomId().equals(room.id())));
            assertEquals(Optional.of(OneToOnePair.of(new UserRef("alice"), new UserRef("bob"))), members.pair());
        }

        @Test
        void the_pair_is_the_same_in_either_order() {
            assertEquals(of(room, pair("alice", "bob")).pair(), of(room, pair("bob", "alice")).pair());
        }

        @Test
        void the_owner_role_may_be_named_in_any_case() {
            assertEquals(List.of(Role.OWNER, Role.OWNER),
                    roles(of(room, List.of(member("alice", "owner"), member("bob", " OWNER ")))));
        }

        @ParameterizedTest(name = "the second as {0}")
        @ValueSource(strings = {"MODERATOR", "PARTICIPANT", "VIEWER", "AUDIENCE", "GUEST", "NOBODY"})
        void a_role_other_than_owner_is_refused(String role) {
            assertViolations(() -> of(room, List.of(member("alice", null), member("bob", role))),
                    violation("members[1].role", NOT_ALLOWED));
        }

        @ParameterizedTest(name = "{0} members")
        @ValueSource(ints = {0, 1, 3})
        void exactly_two_members_are_required(int count) {
            List<MemberDraft> drafts = IntStream.range(0, count).mapToObj(i -> member("u-" + i, null)).toList();

            assertViolations(() -> of(room, drafts), violation("members", REQUIRED));
        }

        @Test
        void no_members_at_all_are_refused_too() {
            assertViolations(() -> of(room, null), violation("members", REQUIRED));
        }

        @Test
        void the_two_members_are_two_different_people() {
            assertViolations(() -> of(room, pair("alice", "alice")), violation("members[1].userRef", INVALID_VALUE));
        }

        @Test
        void a_member_is_validated_under_its_position() {
            assertViolations(() -> of(room, List.of(member("alice", null), new MemberDraft(" bob", "", null, null))),
                    violation("members[1].userRef", INVALID_FORMAT),
                    violation("members[1].displayName", REQUIRED));
        }
    }

    @Nested
    class OtherRooms {
        private final Room room = rooms.open(RoomDraft.empty());

        @Test
        void a_room_may_start_without_members() {
            InitialMembers members = of(room, List.of());

            assertEquals(List.of(), members.members());
            assertEquals(Optional.empty(), members.pair());
            assertEquals(List.of(), of(room, null).members());
        }

        @Test
        void a_room_may_start_with_owners_and_other_members_and_has_no_pair() {
            InitialMembers members = of(room, List.of(member("a", "OWNER"), member("b", "MODERATOR"), member("c", null),
                    member("d", "OWNER")));

            assertEquals(List.of(Role.OWNER, Role.MODERATOR, Role.PARTICIPANT, Role.OWNER), roles(members));
            assertEquals(Optional.empty(), members.pair());
        }

        @Test
        void two_people_in_a_group_room_are_not_a_one_to_one_pair() {
            assertEquals(Optional.empty(), of(room, pair("alice", "bob")).pair());
        }

        @Test
        void guests_are_never_members() {
            assertViolations(() -> of(room, List.of(member("a", "GUEST"))), violation("members[0].role", NOT_ALLOWED));
        }

        @Test
        void a_person_appears_once() {
            assertViolations(() -> of(room, List.of(member("a", null), member("b", null), member("a", "VIEWER"))),
                    violation("members[2].userRef", INVALID_VALUE));
        }

        @Test
        void at_most_100_members_are_named_at_creation() {
            List<MemberDraft> hundred = new ArrayList<>(IntStream.range(0, 100).mapToObj(i -> member("u-" + i, null)).toList());

            assertEquals(100, of(room, hundred).members().size());
            hundred.add(MemberDrafts.member("u-100", null));
            assertViolations(() -> of(room, hundred), violation("members", TOO_LONG));
        }
    }
}
