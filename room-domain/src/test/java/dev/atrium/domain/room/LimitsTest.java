package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LimitsTest {

    private static Room create(RoomDraft draft) {
        return Rooms.at(NOW).open(draft);
    }

    private static Limits limitsOf(RoomDraft draft) {
        return create(draft).settings().limits();
    }

    /** A draft of the given shape; the schedule is a meeting tomorrow when {@code kind} is SCHEDULED. */
    private static RoomDrafts.Builder room(String type, String mode, String kind, int talkers) {
        ScheduleDraft schedule = kind.equals("SCHEDULED")
                ? new ScheduleDraft(kind, NOW.plus(Duration.ofDays(1)).toString(), 60, null, null)
                : new ScheduleDraft(kind, null, null, null, null);
        return RoomDrafts.ofType(type).mode(mode).schedule(schedule).maxActiveTalkers(talkers);
    }

    @Test
    void a_room_holds_one_moderator_a_hundred_participants_and_no_audience_by_default() {
        assertEquals(new Limits(1, 100, 0), limitsOf(RoomDraft.empty()));
    }

    @Test
    void a_one_to_one_room_holds_two_participants_by_default() {
        assertEquals(2, limitsOf(RoomDrafts.ofType("ONE_TO_ONE").build()).participants());
    }

    @Test
    void the_default_participants_never_exceed_the_stream_ceiling() {
        assertEquals(100, limitsOf(RoomDrafts.group().maxActiveTalkers(16).build()).participants());
    }

    @ParameterizedTest(name = "{0} moderators are accepted")
    @ValueSource(ints = {1, 2, 5})
    void a_room_has_one_to_five_moderators(int moderators) {
        assertEquals(moderators, limitsOf(RoomDrafts.group().moderators(moderators).build()).moderators());
    }

    @ParameterizedTest(name = "{0} moderators are refused")
    @ValueSource(ints = {-1, 0, 6})
    void moderators_outside_one_to_five_are_refused(int moderators) {
        assertViolations(() -> create(RoomDrafts.group().moderators(moderators).build()),
                violation("limits.moderators", OUT_OF_RANGE));
    }

    @Test
    void audiences_start_at_zero() {
        assertEquals(0, limitsOf(RoomDrafts.group().audiences(0).build()).audiences());
        assertEquals(Limits.MAX_AUDIENCES, limitsOf(RoomDrafts.group().audiences(Limits.MAX_AUDIENCES).build()).audiences());
        assertViolations(() -> create(RoomDrafts.group().audiences(-1).build()), violation("limits.audiences", OUT_OF_RANGE));
    }

    @ParameterizedTest(name = "{0} {1} {2} room, {3} talkers, {4} participants: accepted={5}")
    @CsvSource({
            // at least one participant, whatever the room
            "GROUP,      GROUP,   PERMANENT, 6,  0,    false",
            "GROUP,      GROUP,   PERMANENT, 6,  1,    true",
            "GROUP,      GROUP,   SCHEDULED, 6,  0,    false",
            // meetings: 300, or 1000 in lecture mode, whatever the talkers
            "GROUP,      GROUP,   SCHEDULED, 6,  300,  true",
            "GROUP,      GROUP,   SCHEDULED, 6,  301,  false",
            "PUBLIC,     GROUP,   SCHEDULED, 16, 300,  true",
            "GROUP,      LECTURE, SCHEDULED, 6,  1000, true",
            "GROUP,      LECTURE, SCHEDULED, 16, 1000, true",
            "GROUP,      LECTURE, SCHEDULED, 6,  1001, false",
            // everything else: participants x talkers <= 1600 streams
            "GROUP,      GROUP,   PERMANENT, 16, 100,  true",
            "GROUP,      GROUP,   PERMANENT, 16, 101,  false",
            "GROUP,      GROUP,   PERMANENT, 6,  266,  true",
            "GROUP,      GROUP,   PERMANENT, 6,  267,  false",
            "GROUP,      GROUP,   ADHOC,     8,  200,  true",
            "GROUP,      GROUP,   ADHOC,     8,  201,  false",
            "PUBLIC,     LECTURE, PERMANENT, 1,  1600, true",
            "PUBLIC,     LECTURE, PERMANENT, 1,  1601, false",
            "GROUP,      LECTURE, ADHOC,     16, 100,  true",
            "GROUP,      LECTURE, ADHOC,     16, 101,  false",
            // a one-to-one room holds two, in every schedule and mode
            "ONE_TO_ONE, GROUP,   PERMANENT, 6,  2,    true",
            "ONE_TO_ONE, GROUP,   PERMANENT, 6,  3,    false",
            "ONE_TO_ONE, LECTURE, SCHEDULED, 6,  2,    true",
            "ONE_TO_ONE, LECTURE, SCHEDULED, 6,  3,    false",
            "ONE_TO_ONE, GROUP,   ADHOC,     1,  3,    false",
    })
    void the_participant_ceiling_depends_on_type_mode_schedule_and_talkers(
            String type, String mode, String kind, int talkers, int participants, boolean accepted) {
        RoomDraft draft = room(type, mode, kind, talkers).participants(participants).build();

        if (accepted) {
            assertEquals(participants, limitsOf(draft).participants());
        } else {
            assertViolations(() -> create(draft), violation("limits.participants", OUT_OF_RANGE));
        }
    }

    @Test
    void a_meeting_without_a_start_still_has_its_participants_checked() {
        RoomDraft draft = RoomDrafts.group().schedule(new ScheduleDraft("SCHEDULED", null, 60, null, null))
                .participants(301).build();

        assertViolations(() -> create(draft),
                violation("schedule.startsAt", REQUIRED), violation("limits.participants", OUT_OF_RANGE));
    }

    @Test
    void the_capacity_counts_moderators_and_participants() {
        assertEquals(12, new Limits(2, 10, 50).capacity());
    }
}
