package dev.atrium.domain.meeting;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttendeeChangesTest {
    private static final MemberDraft ANN = new MemberDraft("ann", "Ann", "ann@example.com", "OWNER");
    private static final MemberDraft BEN = new MemberDraft("ben", "Ben", "ben@example.com", null);
    private static final MemberDraft CID = new MemberDraft("cid", "Cid", null, null);

    private final Room room = Rooms.at(Rooms.NOW).open(RoomDrafts.scheduled(Rooms.NOW.plus(Duration.ofDays(1)),
            Duration.ofHours(1)).build());
    private final List<RoomMember> current = InitialMembers.of(room, List.of(ANN, BEN, CID), Rooms.NOW).members();

    private AttendeeChanges to(MemberDraft... wanted) {
        return AttendeeChanges.between(room, current, List.of(wanted), Rooms.NOW);
    }

    private static List<String> refs(List<RoomMember> members) {
        return members.stream().map(member -> member.userRef().value()).toList();
    }

    @Test
    void the_same_list_changes_nothing() {
        assertTrue(to(ANN, BEN, CID).isEmpty());
        assertTrue(to(new MemberDraft("ann", "Ann", "ann@example.com", null), BEN, CID).isEmpty(), "an owner listed without role stays owner");
    }

    @Test
    void new_people_are_added_and_invited_when_they_have_an_email() {
        AttendeeChanges changes = to(ANN, BEN, CID, new MemberDraft("dot", "Dot", "dot@example.com", null),
                new MemberDraft("eve", "Eve", null, null));

        assertEquals(List.of("dot", "eve"), refs(changes.added()));
        assertEquals(List.of("dot"), refs(changes.invited()));
    }

    @Test
    void missing_people_are_removed_but_an_owner_stays() {
        AttendeeChanges changes = to();

        assertEquals(List.of("ben", "cid"), refs(changes.removed()));
    }

    @Test
    void a_changed_attendee_is_revised_and_invited_only_at_a_new_address() {
        AttendeeChanges changes = to(ANN, new MemberDraft("ben", "Benjamin", "ben@example.com", null),
                new MemberDraft("cid", "Cid", "cid@example.com", null));

        assertEquals(List.of("ben", "cid"), refs(changes.revised()));
        assertEquals(List.of("cid"), refs(changes.invited()));
    }

    @Test
    void owners_are_named_at_booking_only_and_stay_owners() {
        assertViolations(() -> to(ANN, new MemberDraft("ben", "Ben", null, "OWNER")), violation("members[1].role", NOT_ALLOWED));
        assertFails(ErrorCode.OWNER_ROLE_FIXED, () -> to(new MemberDraft("ann", "Ann", null, "MODERATOR")));
    }

    @Test
    void the_list_is_checked_as_a_rooms_members_are() {
        assertViolations(() -> to(BEN, BEN), violation("members[1].userRef", INVALID_VALUE));
    }

    @Test
    void an_ended_meeting_keeps_its_attendees() {
        room.end(Rooms.NOW);

        assertFails(ErrorCode.ROOM_ENDED, () -> to(ANN));
    }
}
