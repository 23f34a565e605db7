package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessPolicyTest {

    private static Room create(RoomDraft draft) {
        return Rooms.at(NOW).open(draft);
    }

    private static AccessPolicy accessOf(RoomDraft draft) {
        return create(draft).settings().access();
    }

    @ParameterizedTest(name = "a {0} room admits guests: {1}")
    @CsvSource({"ONE_TO_ONE, false", "GROUP, false", "PUBLIC, true"})
    void only_a_public_room_admits_guests_by_default(String type, boolean guestsAllowed) {
        assertEquals(new AccessPolicy(false, false, guestsAllowed, SameUserPolicy.REFUSE), accessOf(RoomDrafts.ofType(type).build()));
    }

    @ParameterizedTest(name = "a GROUP room with guestsAllowed={0}")
    @CsvSource({"true", "false"})
    void a_group_room_decides_about_guests_itself(boolean guestsAllowed) {
        assertEquals(guestsAllowed, accessOf(RoomDrafts.group().guestsAllowed(guestsAllowed).build()).guestsAllowed());
    }

    @Test
    void a_public_room_may_say_that_it_admits_guests() {
        assertTrue(accessOf(RoomDrafts.ofType("PUBLIC").guestsAllowed(true).build()).guestsAllowed());
    }

    @Test
    void a_public_room_cannot_turn_guests_away() {
        assertViolations(() -> create(RoomDrafts.ofType("PUBLIC").guestsAllowed(false).build()),
                violation("access.guestsAllowed", NOT_ALLOWED));
    }

    @Test
    void a_one_to_one_room_never_admits_guests() {
        assertViolations(() -> create(RoomDrafts.ofType("ONE_TO_ONE").guestsAllowed(true).build()),
                violation("access.guestsAllowed", NOT_ALLOWED));
    }

    @Test
    void knocking_and_waiting_for_a_moderator_are_kept() {
        assertEquals(new AccessPolicy(true, true, false, SameUserPolicy.REFUSE),
                accessOf(RoomDrafts.group().access(new AccessDraft(true, true, null, null)).build()));
    }
}
