package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.token.JoinGrant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionGrantTest {
    private final LiveRooms people = LiveRooms.at(NOW);
    private final LiveRoom live = people.open(RoomDrafts.group().build());
    private final ParticipantId session = people.nextId();

    @Test
    void a_session_grant_names_the_session_of_the_room_of_the_tenant_for_five_minutes() {
        SessionGrant grant = SessionGrant.issue(live, session, NOW);

        assertAll(
                () -> assertEquals(live.room().tenantId(), grant.tenantId()),
                () -> assertEquals(live.room().id(), grant.roomId()),
                () -> assertEquals(session, grant.participantId()),
                () -> assertEquals(NOW, grant.issuedAt()),
                () -> assertEquals(NOW.plus(Duration.ofMinutes(5)), grant.expiresAt()),
                () -> assertEquals(Duration.ofMinutes(5), SessionGrant.LIFETIME));
    }

    @Test
    void times_are_whole_seconds() {
        SessionGrant grant = SessionGrant.issue(live, session, NOW.plusMillis(1_999));

        assertEquals(NOW.plusSeconds(1), grant.issuedAt());
        assertEquals(NOW.plusSeconds(1).plus(SessionGrant.LIFETIME), grant.expiresAt());
    }

    @Test
    void a_renewed_grant_names_the_same_session_for_five_minutes_from_its_renewal() {
        SessionGrant grant = SessionGrant.issue(live, session, NOW);

        SessionGrant renewed = grant.renewedAt(NOW.plusMillis(61_500));

        assertEquals(new SessionGrant(live.room().tenantId(), live.room().id(), session, NOW.plusSeconds(61),
                NOW.plusSeconds(61).plus(SessionGrant.LIFETIME)), renewed);
    }

    @Test
    void a_grant_is_current_until_just_before_it_expires() {
        SessionGrant grant = SessionGrant.issue(live, session, NOW);

        assertTrue(grant.isCurrentAt(NOW));
        assertTrue(grant.isCurrentAt(grant.expiresAt().minusMillis(1)));
        assertFalse(grant.isCurrentAt(grant.expiresAt()));
        assertFalse(grant.isCurrentAt(grant.expiresAt().plus(JoinGrant.MAX_CLOCK_SKEW)));
    }

    @Test
    void a_node_whose_clock_is_behind_by_up_to_the_skew_accepts_a_fresh_grant() {
        SessionGrant grant = SessionGrant.issue(live, session, NOW);
        Instant earliest = NOW.minus(JoinGrant.MAX_CLOCK_SKEW);

        assertTrue(grant.isCurrentAt(earliest));
        assertFalse(grant.isCurrentAt(earliest.minusMillis(1)));
    }

    @Test
    void every_part_is_required() {
        SessionGrant grant = SessionGrant.issue(live, session, NOW);

        assertThrows(NullPointerException.class,
                () -> new SessionGrant(null, grant.roomId(), session, grant.issuedAt(), grant.expiresAt()));
        assertThrows(NullPointerException.class,
                () -> new SessionGrant(grant.tenantId(), grant.roomId(), null, grant.issuedAt(), grant.expiresAt()));
        assertThrows(NullPointerException.class,
                () -> new SessionGrant(grant.tenantId(), grant.roomId(), session, grant.issuedAt(), null));
    }
}
