package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SameUserPolicyTest {

    private static Room create(String sameUser) {
        return Rooms.at(NOW).open(RoomDrafts.group().sameUser(sameUser).build());
    }

    @Test
    void a_second_session_of_a_person_is_refused_unless_the_room_says_otherwise() {
        assertEquals(SameUserPolicy.REFUSE, create(null).settings().access().sameUser());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"REFUSE, REFUSE", "REPLACE, REPLACE", "replace, REPLACE", "' Refuse ', REFUSE"})
    void the_policy_is_named_in_any_case(String raw, SameUserPolicy expected) {
        assertEquals(expected, create(raw).settings().access().sameUser());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KICK", "REPLACED", "1"})
    void any_other_name_is_reported_as_access_same_user(String raw) {
        assertViolations(() -> create(raw), violation("access.sameUser", INVALID_VALUE));
    }

    @Test
    void the_policy_survives_a_round_trip_through_the_draft() {
        Room room = create("REPLACE");

        assertEquals("REPLACE", room.toDraft().access().sameUser());
        assertEquals(SameUserPolicy.REPLACE, Rooms.at(NOW).open(room.toDraft()).settings().access().sameUser());
    }
}
