package dev.atrium.domain.token;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ErrorKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinGrantTest {
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final JoinTokenRequest REQUEST = new JoinTokenRequest("Ada", Role.MODERATOR, new UserRef("user-1"),
            Map.of("seat", "12"), TTL);

    private final Rooms rooms = Rooms.at(NOW);

    private static JoinGrant issue(Room room, Instant now) {
        return JoinGrant.issue(room, REQUEST, TokenId.next(now, Rooms.seededRandom()), now);
    }

    private static JoinGrant issue(Room room, Duration ttl, Instant now) {
        JoinTokenRequest request = new JoinTokenRequest("Ada", Role.VIEWER, new UserRef("user-1"), Map.of(), ttl);
        return JoinGrant.issue(room, request, TokenId.next(now, Rooms.seededRandom()), now);
    }

    @Test
    void a_grant_says_who_may_enter_which_room_as_what_from_now_for_its_lifetime() {
        Room room = rooms.open(RoomDraft.empty());
        TokenId jti = TokenId.next(NOW, Rooms.seededRandom());

        JoinGrant grant = JoinGrant.issue(room, REQUEST, jti, NOW);

        assertAll(
                () -> assertEquals(jti, grant.jti()),
                () -> assertEquals(room.tenantId(), grant.tenantId()),
                () -> assertEquals(room.id(), grant.roomId()),
                () -> assertEquals(new UserRef("user-1"), grant.subject()),
                () -> assertEquals(Role.MODERATOR, grant.role()),
                () -> assertEquals("Ada", grant.name()),
                () -> assertEquals(Map.of("seat", "12"), grant.metadata()),
                () -> assertEquals(NOW, grant.issuedAt()),
                () -> assertEquals(NOW, grant.notBefore()),
                () -> assertEquals(NOW.plus(TTL), grant.expiresAt()));
    }

    @Test
    void times_are_whole_seconds_as_a_jwt_carries_them() {
        JoinGrant grant = issue(rooms.open(RoomDraft.empty()), NOW.plusMillis(1_999));

        assertEquals(NOW.plusSeconds(1), grant.issuedAt());
        assertEquals(NOW.plusSeconds(1), grant.notBefore());
        assertEquals(NOW.plusSeconds(1).plus(TTL), grant.expiresAt());
    }

    @Test
    void no_grant_for_an_ended_room() {
        Room ended = rooms.ended(RoomDraft.empty());

        assertEquals(ErrorKind.CONFLICT, assertFails(ErrorCode.ROOM_ENDED, () -> issue(ended, NOW)).kind());
    }

    @Nested
    class ValidityWindow {
        private final Instant opens = NOW.plus(Duration.ofDays(1));
        private final Instant closes = opens.plus(Duration.ofDays(1));
        private final Room room = rooms.open(RoomDrafts.group().window(opens, closes).build());

        @Test
        void none_before_the_room_opens() {
            assertEquals(ErrorKind.CONFLICT,
                    assertFails(ErrorCode.ROOM_NOT_OPEN_YET, () -> issue(room, opens.minusMillis(1))).kind());
        }

        @Test
        void from_the_moment_it_opens() {
            assertEquals(opens, issue(room, opens).issuedAt());
        }

        @Test
        void none_once_it_closed() {
            assertFails(ErrorCode.ROOM_ENDED, () -> issue(room, closes));
        }

        @Test
        void a_grant_never_outlives_the_window() {
            Instant late = closes.minus(Duration.ofMinutes(5));

            assertEquals(closes, issue(room, late).expiresAt());
        }
    }

    @Nested
    class ScheduledMeeting {
        private final Instant start = NOW.plus(Duration.ofHours(2));
        private final Instant end = start.plus(Duration.ofHours(1));
        private final Room meeting = rooms.open(RoomDrafts.scheduled(start, Duration.ofHours(1)).build());

        @Test
        void doors_open_exactly_15_minutes_before_the_start() {
            Instant doorsOpen = start.minus(Duration.ofMinutes(15));

            assertEquals(doorsOpen, issue(meeting, doorsOpen).issuedAt());
        }

        @Test
        void a_millisecond_earlier_is_too_early() {
            assertFails(ErrorCode.ROOM_NOT_OPEN_YET, () -> issue(meeting, start.minus(Duration.ofMinutes(15)).minusMillis(1)));
        }

        @Test
        void during_the_meeting_a_grant_is_issued() {
            assertEquals(start.plus(TTL), issue(meeting, start).expiresAt());
        }

        @Test
        void none_once_the_meeting_is_over() {
            assertFails(ErrorCode.ROOM_ENDED, () -> issue(meeting, end));
            assertFails(ErrorCode.ROOM_ENDED, () -> issue(meeting, end.plus(Duration.ofDays(1))));
        }

        @Test
        void a_grant_expires_when_the_meeting_ends_at_the_latest() {
            assertEquals(end, issue(meeting, Duration.ofDays(1), start).expiresAt());
            assertEquals(end, issue(meeting, end.minusMillis(1)).expiresAt());
        }

        @Test
        void a_meeting_ending_mid_second_caps_the_grant_at_the_second_before() {
            Room odd = rooms.open(RoomDrafts.scheduled(start.plusMillis(500), Duration.ofHours(1)).build());

            assertEquals(end, issue(odd, Duration.ofDays(1), start).expiresAt());
        }

        @Test
        void the_validity_window_caps_a_meeting_too() {
            Instant windowEnds = start.plus(Duration.ofMinutes(10));
            Room capped = rooms.open(RoomDrafts.scheduled(start, Duration.ofHours(1)).window(null, windowEnds).build());

            assertEquals(windowEnds, issue(capped, start).expiresAt());
            assertFails(ErrorCode.ROOM_ENDED, () -> issue(capped, windowEnds));
        }
    }

    @Nested
    class Currency {
        private final JoinGrant grant = issue(rooms.open(RoomDraft.empty()), NOW);
        private final Duration skew = JoinGrant.MAX_CLOCK_SKEW;

        @Test
        void the_skew_is_30_seconds() {
            assertEquals(Duration.ofSeconds(30), skew);
        }

        @Test
        void a_grant_is_current_during_its_lifetime() {
            assertTrue(grant.isCurrentAt(grant.notBefore()));
            assertTrue(grant.isCurrentAt(grant.expiresAt().minusMillis(1)));
        }

        @Test
        void a_grant_is_current_up_to_30_seconds_before_it_starts() {
            assertTrue(grant.isCurrentAt(grant.notBefore().minus(skew)));
            assertFalse(grant.isCurrentAt(grant.notBefore().minus(skew).minusMillis(1)));
        }

        @Test
        void a_grant_is_current_until_30_seconds_after_it_expires() {
            assertTrue(grant.isCurrentAt(grant.expiresAt().plus(skew).minusMillis(1)));
            assertFalse(grant.isCurrentAt(grant.expiresAt().plus(skew)));
        }
    }
}
