package dev.atrium.application.service;

import dev.atrium.application.port.in.member.MemberChange;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.fixtures.MemberDrafts;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.MemberDrafts.member;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ManageMembersServiceTest {
    private final AccessServices services = new AccessServices();
    private final Room room = services.rooms.createRoomLater(Rooms.TENANT, RoomDraft.empty(), List.of(member("host", "OWNER")));
    private final RoomLocator locator = RoomServices.locator(room);

    private RoomMember add(String userRef, String role) {
        return services.members.addMember(locator, member(userRef, role));
    }

    private List<String> listed(RoomLocator at) {
        return services.members.listMembers(at).stream().map(member -> member.userRef().value()).toList();
    }

    private RoomMember stored(String userRef) {
        return services.members.listMembers(locator).stream()
                .filter(member -> member.userRef().value().equals(userRef)).findFirst().orElseThrow();
    }

    @Nested
    class Adding {
        @Test
        void an_added_member_is_stored_and_listed_after_the_owners() {
            add("zoe", "VIEWER");
            add("adam", null);

            assertEquals(List.of("host", "zoe", "adam"), listed(locator));
            assertEquals(Role.PARTICIPANT, stored("adam").role());
        }

        @Test
        void a_person_is_a_member_once() {
            add("zoe", "VIEWER");

            assertFails(ErrorCode.MEMBER_EXISTS, () -> add("zoe", "MODERATOR"));
            assertEquals(Role.VIEWER, stored("zoe").role());
        }

        @Test
        void the_owner_cannot_be_added_again() {
            assertFails(ErrorCode.MEMBER_EXISTS, () -> add("host", "MODERATOR"));
        }

        @Test
        void nobody_is_added_as_owner() {
            assertViolations(() -> add("zoe", "OWNER"), violation("role", NOT_ALLOWED));
            assertEquals(List.of("host"), listed(locator));
        }

        @Test
        void members_of_the_same_person_in_two_rooms_are_independent() {
            Room other = services.rooms.createRoomLater(Rooms.TENANT, RoomDraft.empty(), List.of());

            services.members.addMember(RoomServices.locator(other), MemberDrafts.member("host", "MODERATOR"));

            assertEquals(List.of("host"), listed(RoomServices.locator(other)));
            assertEquals(Role.OWNER, stored("host").role());
        }
    }

    @Nested
    class Changing {
        @Test
        void a_member_is_promoted_and_stored_at_the_next_version() {
            add("zoe", "VIEWER");

            RoomMember changed = services.members.updateMember(locator, "zoe", new MemberChange("Zoe Z.", null, "MODERATOR"));

            assertEquals(Role.MODERATOR, changed.role());
            assertEquals(1, changed.version());
            assertEquals("Zoe Z.", stored("zoe").displayName());
            assertEquals(Role.MODERATOR, stored("zoe").role());
        }

        @Test
        void a_change_that_changes_nothing_stores_nothing() {
            add("zoe", "VIEWER");

            RoomMember unchanged = services.members.updateMember(locator, "zoe", new MemberChange(null, null, "viewer"));

            assertEquals(0, unchanged.version());
            assertEquals(0, stored("zoe").version());
        }

        @Test
        void the_owner_cannot_be_demoted() {
            assertFails(ErrorCode.OWNER_ROLE_FIXED,
                    () -> services.members.updateMember(locator, "host", new MemberChange(null, null, "MODERATOR")));
            assertEquals(Role.OWNER, stored("host").role());
        }

        @Test
        void the_owner_can_be_renamed() {
            services.members.updateMember(locator, "host", new MemberChange("Our host", null, null));

            assertEquals("Our host", stored("host").displayName());
        }

        @Test
        void an_unknown_member_is_not_found() {
            assertFails(ErrorCode.MEMBER_NOT_FOUND,
                    () -> services.members.updateMember(locator, "nobody", new MemberChange("X", null, null)));
            assertFails(ErrorCode.MEMBER_NOT_FOUND,
                    () -> services.members.updateMember(locator, " bad\nref", new MemberChange("X", null, null)));
        }
    }

    @Nested
    class Removing {
        @Test
        void a_removed_member_is_gone() {
            add("zoe", "MODERATOR");

            services.members.removeMember(locator, "zoe");

            assertEquals(List.of("host"), listed(locator));
            assertFails(ErrorCode.MEMBER_NOT_FOUND, () -> services.members.removeMember(locator, "zoe"));
        }

        @Test
        void the_owner_cannot_be_removed() {
            assertFails(ErrorCode.OWNER_NOT_REMOVABLE, () -> services.members.removeMember(locator, "host"));
            assertEquals(List.of("host"), listed(locator));
        }

        @Test
        void an_unknown_or_malformed_member_is_not_found() {
            assertFails(ErrorCode.MEMBER_NOT_FOUND, () -> services.members.removeMember(locator, "nobody"));
            assertFails(ErrorCode.MEMBER_NOT_FOUND, () -> services.members.removeMember(locator, ""));
        }
    }

    @Nested
    class OneToOne {
        private final Room pairRoom = services.rooms.createRoomLater(Rooms.TENANT, RoomDrafts.ofType("ONE_TO_ONE").build(),
                MemberDrafts.pair("alice", "bob"));
        private final RoomLocator pair = RoomServices.locator(pairRoom);

        @Test
        void nobody_joins_a_one_to_one_room() {
            assertFails(ErrorCode.ONE_TO_ONE_MEMBERS_FIXED,
                    () -> services.members.addMember(pair, member("carol", null)));
            assertEquals(List.of("alice", "bob"), listed(pair));
        }

        @Test
        void nobody_leaves_a_one_to_one_room() {
            assertFails(ErrorCode.ONE_TO_ONE_MEMBERS_FIXED, () -> services.members.removeMember(pair, "bob"));
            assertEquals(List.of("alice", "bob"), listed(pair));
        }

        @Test
        void its_owners_stay_owners() {
            assertFails(ErrorCode.OWNER_ROLE_FIXED,
                    () -> services.members.updateMember(pair, "bob", new MemberChange(null, null, "VIEWER")));
        }
    }

    @Nested
    class EndedRoom {
        @Test
        void the_members_of_an_ended_room_are_read_only_but_listed() {
            add("zoe", "VIEWER");
            services.rooms.clock.advance(Duration.ofMinutes(1));
            services.rooms.end.endRoom(locator);

            assertFails(ErrorCode.ROOM_ENDED, () -> add("adam", null));
            assertFails(ErrorCode.ROOM_ENDED,
                    () -> services.members.updateMember(locator, "zoe", new MemberChange(null, null, "MODERATOR")));
            assertFails(ErrorCode.ROOM_ENDED, () -> services.members.removeMember(locator, "zoe"));
            assertEquals(List.of("host", "zoe"), listed(locator));
        }
    }

    @Test
    void another_tenants_room_is_not_found() {
        RoomLocator foreign = new RoomLocator(Rooms.OTHER_TENANT, room.id().value());
        MemberDraft draft = member("zoe", null);

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.members.listMembers(foreign));
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.members.addMember(foreign, draft));
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.members.removeMember(foreign, "host"));
    }
}
