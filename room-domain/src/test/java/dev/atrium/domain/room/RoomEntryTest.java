package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Who may get into a room and when: the rules tokens, links and members rely on. */
class RoomEntryTest {
    private final Rooms rooms = Rooms.at(NOW);

    @Nested
    class OpenForEntry {
        @Test
        void a_permanent_room_is_open_now_and_never_closes() {
            assertNull(rooms.open(RoomDraft.empty()).requireOpenForEntryAt(NOW.plus(Duration.ofDays(3650))));
        }

        @Test
        void an_active_room_is_open() {
            assertNull(rooms.active(RoomDraft.empty()).requireOpenForEntryAt(NOW));
        }

        @Test
        void an_ended_room_is_closed_for_good() {
            Room ended = rooms.ended(RoomDraft.empty());

            assertEquals(ErrorKind.CONFLICT, assertFails(ErrorCode.ROOM_ENDED, () -> ended.requireOpenForEntryAt(NOW)).kind());
        }

        @Test
        void an_adhoc_room_closes_three_hours_after_it_was_created() {
            Room room = rooms.open(RoomDrafts.adhoc().build());
            Instant closes = NOW.plus(Duration.ofHours(3));

            assertEquals(closes, room.requireOpenForEntryAt(closes.minusMillis(1)));
            assertFails(ErrorCode.ROOM_ENDED, () -> room.requireOpenForEntryAt(closes));
        }

        @Test
        void a_room_with_a_window_is_open_from_its_start_to_just_before_its_end() {
            Instant opens = NOW.plus(Duration.ofHours(1));
            Instant closes = opens.plus(Duration.ofHours(1));
            Room room = rooms.open(RoomDrafts.group().window(opens, closes).build());

            assertEquals(ErrorKind.CONFLICT,
                    assertFails(ErrorCode.ROOM_NOT_OPEN_YET, () -> room.requireOpenForEntryAt(opens.minusMillis(1))).kind());
            assertEquals(closes, room.requireOpenForEntryAt(opens));
            assertEquals(closes, room.requireOpenForEntryAt(closes.minusMillis(1)));
            assertFails(ErrorCode.ROOM_ENDED, () -> room.requireOpenForEntryAt(closes));
        }

        @Test
        void a_meeting_opens_15_minutes_before_it_starts_and_closes_when_it_ends() {
            Instant start = NOW.plus(Duration.ofHours(1));
            Room meeting = rooms.open(RoomDrafts.scheduled(start, Duration.ofMinutes(30)).build());
            Instant end = start.plus(Duration.ofMinutes(30));

            assertFails(ErrorCode.ROOM_NOT_OPEN_YET, () -> meeting.requireOpenForEntryAt(start.minus(Duration.ofMinutes(15)).minusMillis(1)));
            assertEquals(end, meeting.requireOpenForEntryAt(start.minus(Duration.ofMinutes(15))));
            assertEquals(end, meeting.requireOpenForEntryAt(end.minusMillis(1)));
            assertFails(ErrorCode.ROOM_ENDED, () -> meeting.requireOpenForEntryAt(end));
        }

        @Test
        void a_window_narrower_than_the_meeting_wins_on_both_sides() {
            Instant start = NOW.plus(Duration.ofHours(1));
            Instant opens = start.minus(Duration.ofMinutes(5));
            Instant closes = start.plus(Duration.ofMinutes(20));
            Room meeting = rooms.open(RoomDrafts.scheduled(start, Duration.ofMinutes(30)).window(opens, closes).build());

            assertFails(ErrorCode.ROOM_NOT_OPEN_YET, () -> meeting.requireOpenForEntryAt(opens.minusMillis(1)));
            assertEquals(closes, meeting.requireOpenForEntryAt(opens));
            assertFails(ErrorCode.ROOM_ENDED, () -> meeting.requireOpenForEntryAt(closes));
        }
    }

    @Nested
    class Guests {
        @Test
        void a_public_room_admits_guests() {
            assertDoesNotThrow(() -> rooms.open(RoomDrafts.ofType("PUBLIC").build()).requireGuestsAllowed());
        }

        @Test
        void a_group_room_admits_guests_when_it_says_so() {
            assertDoesNotThrow(() -> rooms.open(RoomDrafts.group().guestsAllowed(true).build()).requireGuestsAllowed());
        }

        @ParameterizedTest(name = "a {0} room")
        @ValueSource(strings = {"GROUP", "ONE_TO_ONE"})
        void other_rooms_turn_guests_away(String type) {
            Room room = rooms.open(RoomDrafts.ofType(type).build());

            assertEquals(ErrorKind.FORBIDDEN, assertFails(ErrorCode.GUESTS_NOT_ALLOWED, room::requireGuestsAllowed).kind());
        }
    }

    @Nested
    class Passwords {
        @Test
        void a_public_room_can_have_a_password() {
            assertDoesNotThrow(() -> rooms.open(RoomDrafts.ofType("PUBLIC").build()).requirePasswordSupported());
        }

        @Test
        void a_group_room_cannot_even_when_it_admits_guests() {
            Room room = rooms.open(RoomDrafts.group().guestsAllowed(true).build());

            assertEquals(ErrorKind.FORBIDDEN, assertFails(ErrorCode.PASSWORD_NOT_SUPPORTED, room::requirePasswordSupported).kind());
        }

        @Test
        void a_one_to_one_room_cannot() {
            assertFails(ErrorCode.PASSWORD_NOT_SUPPORTED, rooms.open(RoomDrafts.ofType("ONE_TO_ONE").build())::requirePasswordSupported);
        }
    }

    @Nested
    class Membership {
        @ParameterizedTest(name = "a {0} room")
        @ValueSource(strings = {"GROUP", "PUBLIC"})
        void members_of_a_room_can_change(String type) {
            assertDoesNotThrow(() -> rooms.open(RoomDrafts.ofType(type).build()).requireMembershipChangeable());
        }

        @Test
        void a_one_to_one_room_keeps_its_two_members() {
            Room room = rooms.open(RoomDrafts.ofType("ONE_TO_ONE").build());

            assertEquals(ErrorKind.CONFLICT,
                    assertFails(ErrorCode.ONE_TO_ONE_MEMBERS_FIXED, room::requireMembershipChangeable).kind());
        }

        @ParameterizedTest(name = "an ended {0} room")
        @EnumSource(RoomType.class)
        void an_ended_room_is_read_only(RoomType type) {
            Room ended = rooms.ended(RoomDrafts.ofType(type.name()).build());

            assertFails(ErrorCode.ROOM_ENDED, ended::requireMembershipChangeable);
            assertFails(ErrorCode.ROOM_ENDED, ended::requireNotEnded);
        }

        @Test
        void an_open_room_is_not_ended() {
            assertDoesNotThrow(rooms.open(RoomDraft.empty())::requireNotEnded);
        }
    }
}
