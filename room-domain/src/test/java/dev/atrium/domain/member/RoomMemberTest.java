package dev.atrium.domain.member;

import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.MemberDrafts.member;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomMemberTest {
    private static final RoomId ROOM = RoomId.next(NOW, Rooms.seededRandom());

    private static RoomMember add(MemberDraft draft) {
        return RoomMember.add(ROOM, draft, NOW);
    }

    private static RoomMember added(String role) {
        return add(member("u-1", role));
    }

    /** An owner, as only the creation of a room names them. */
    private static RoomMember owner() {
        return InitialMembers.of(Rooms.at(NOW).open(RoomDraft.empty()), List.of(member("boss", "OWNER")), NOW)
                .members().get(0);
    }

    @Nested
    class Adding {
        @Test
        void a_member_without_a_role_becomes_a_participant() {
            RoomMember member = add(new MemberDraft("u-1", "  Ada Lovelace ", " ada@example.com ", null));

            assertAll(
                    () -> assertEquals(ROOM, member.roomId()),
                    () -> assertEquals(new UserRef("u-1"), member.userRef()),
                    () -> assertEquals("Ada Lovelace", member.displayName()),
                    () -> assertEquals("ada@example.com", member.email()),
                    () -> assertEquals(Role.PARTICIPANT, member.role()),
                    () -> assertEquals(NOW, member.addedAt()),
                    () -> assertEquals(0, member.version()));
        }

        @Test
        void the_email_is_optional() {
            assertNull(add(new MemberDraft("u-1", "Ada", null, null)).email());
            assertNull(add(new MemberDraft("u-1", "Ada", "  ", null)).email());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"moderator", "PARTICIPANT", " Viewer ", "AUDIENCE"})
        void any_role_but_owner_and_guest_can_be_given_when_adding(String role) {
            assertEquals(Role.valueOf(role.strip().toUpperCase()), added(role).role());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"OWNER", "GUEST"})
        void owners_are_named_only_at_creation_and_guests_never_are_members(String role) {
            assertViolations(() -> added(role), violation("role", NOT_ALLOWED));
        }

        @Test
        void an_unknown_role_is_refused() {
            assertViolations(() -> added("ADMIN"), violation("role", INVALID_VALUE));
        }

        @Test
        void the_user_ref_is_required() {
            assertViolations(() -> add(new MemberDraft(null, "Ada", null, null)), violation("userRef", REQUIRED));
        }

        @ParameterizedTest(name = "userRef \"{0}\"")
        @ValueSource(strings = {"", " u-1", "u-1 ", "u\n1", "u\u00001"})
        void a_user_ref_that_is_empty_padded_or_has_control_characters_is_refused(String userRef) {
            assertViolations(() -> add(new MemberDraft(userRef, "Ada", null, null)), violation("userRef", INVALID_FORMAT));
        }

        @Test
        void a_user_ref_has_at_most_128_characters() {
            assertEquals(128, add(new MemberDraft("u".repeat(128), "Ada", null, null)).userRef().value().length());
            assertViolations(() -> add(new MemberDraft("u".repeat(129), "Ada", null, null)), violation("userRef", INVALID_FORMAT));
        }

        @Test
        void the_display_name_has_1_to_100_characters() {
            assertEquals(100, add(new MemberDraft("u-1", "n".repeat(100), null, null)).displayName().length());
            assertViolations(() -> add(new MemberDraft("u-1", "n".repeat(101), null, null)), violation("displayName", TOO_LONG));
            assertViolations(() -> add(new MemberDraft("u-1", " ", null, null)), violation("displayName", REQUIRED));
        }

        @ParameterizedTest(name = "email \"{0}\"")
        @ValueSource(strings = {"ada", "ada@example", "@example.com", "a da@example.com", "ada@@example.com"})
        void an_email_must_look_like_an_address(String email) {
            assertViolations(() -> add(new MemberDraft("u-1", "Ada", email, null)), violation("email", INVALID_FORMAT));
        }

        @Test
        void an_email_has_at_most_254_characters() {
            String local = "a".repeat(254 - "@example.com".length());

            assertEquals(254, add(new MemberDraft("u-1", "Ada", local + "@example.com", null)).email().length());
            assertViolations(() -> add(new MemberDraft("u-1", "Ada", "a" + local + "@example.com", null)),
                    violation("email", TOO_LONG));
        }

        @Test
        void every_mistake_is_reported_at_once() {
            assertViolations(() -> add(new MemberDraft(null, null, "nope", "GUEST")),
                    violation("userRef", REQUIRED), violation("displayName", REQUIRED),
                    violation("email", INVALID_FORMAT), violation("role", NOT_ALLOWED));
        }
    }

    @Nested
    class Revising {
        @Test
        void a_change_of_name_email_or_role_is_applied_and_reported() {
            RoomMember member = added("PARTICIPANT");

            assertTrue(member.revise(" Grace ", "grace@example.com", "moderator"));

            assertAll(
                    () -> assertEquals("Grace", member.displayName()),
                    () -> assertEquals("grace@example.com", member.email()),
                    () -> assertEquals(Role.MODERATOR, member.role()));
        }

        @Test
        void a_change_to_what_the_member_already_has_is_no_change() {
            RoomMember member = add(new MemberDraft("u-1", "Ada", "ada@example.com", "VIEWER"));

            assertFalse(member.revise("Ada", "ada@example.com", "VIEWER"));
            assertFalse(member.revise(null, null, null));
        }

        @Test
        void a_blank_email_removes_it() {
            RoomMember member = add(new MemberDraft("u-1", "Ada", "ada@example.com", null));

            assertTrue(member.revise(null, "", null));
            assertNull(member.email());
        }

        @ParameterizedTest(name = "to {0}")
        @EnumSource(value = Role.class, names = {"MODERATOR", "PARTICIPANT", "VIEWER", "AUDIENCE"})
        void an_owner_cannot_be_demoted(Role role) {
            RoomMember owner = owner();

            assertEquals(ErrorKind.PRECONDITION_FAILED,
                    assertFails(ErrorCode.OWNER_ROLE_FIXED, () -> owner.revise(null, null, role.name())).kind());
            assertEquals(Role.OWNER, owner.role());
        }

        @Test
        void an_owner_may_be_renamed_and_stay_owner() {
            RoomMember owner = owner();

            assertTrue(owner.revise("The Boss", null, "OWNER"));
            assertEquals(Role.OWNER, owner.role());
        }

        @ParameterizedTest(name = "to {0}")
        @ValueSource(strings = {"OWNER", "GUEST"})
        void nobody_is_promoted_to_owner_or_made_a_guest(String role) {
            RoomMember member = added("MODERATOR");

            assertViolations(() -> member.revise(null, null, role), violation("role", NOT_ALLOWED));
            assertEquals(Role.MODERATOR, member.role());
        }

        @Test
        void a_refused_change_changes_nothing() {
            RoomMember member = add(new MemberDraft("u-1", "Ada", null, "VIEWER"));

            assertViolations(() -> member.revise("Grace", "not-an-address", "MODERATOR"), violation("email", INVALID_FORMAT));
            assertEquals("Ada", member.displayName());
            assertEquals(Role.VIEWER, member.role());
        }

        @Test
        void a_refused_demotion_of_an_owner_changes_nothing_else_either() {
            RoomMember owner = owner();
            String name = owner.displayName();

            assertFails(ErrorCode.OWNER_ROLE_FIXED, () -> owner.revise("Renamed", null, "VIEWER"));
            assertEquals(name, owner.displayName());
        }

        @Test
        void a_change_is_validated_like_a_new_member() {
            RoomMember member = added("VIEWER");

            assertViolations(() -> member.revise("n".repeat(101), "x", "BOSS"),
                    violation("displayName", TOO_LONG), violation("email", INVALID_FORMAT), violation("role", INVALID_VALUE));
        }
    }

    @Nested
    class Removing {
        @Test
        void an_owner_cannot_be_removed() {
            assertEquals(ErrorKind.FORBIDDEN,
                    assertFails(ErrorCode.OWNER_NOT_REMOVABLE, () -> owner().requireRemovable()).kind());
        }

        @ParameterizedTest(name = "a {0}")
        @ValueSource(strings = {"MODERATOR", "PARTICIPANT", "VIEWER", "AUDIENCE"})
        void any_other_member_can_be_removed(String role) {
            assertDoesNotThrow(() -> added(role).requireRemovable());
        }
    }

    @Test
    void a_stored_member_is_rebuilt_as_it_was() {
        Instant added = NOW.minusSeconds(60);
        RoomMember member = RoomMember.reconstitute(ROOM, new UserRef("u-1"), "Ada", null, Role.OWNER, added, 7);

        assertEquals(added, member.addedAt());
        assertEquals(7, member.version());
        assertEquals(Role.OWNER, member.role());
    }
}
