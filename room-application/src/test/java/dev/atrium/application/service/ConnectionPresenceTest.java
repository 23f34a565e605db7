package dev.atrium.application.service;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.SessionRefresh;
import dev.atrium.domain.live.LeaveReason;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A live connection keeps its participant present for the grace ({@link LiveServices#GRACE}) at a
 * time; after it closes they stay exactly one grace more, and leave with reason TIMEOUT once, unless
 * a new connection came meanwhile.
 */
class ConnectionPresenceTest {
    private static final Duration MILLI = Duration.ofMillis(1);

    private final LiveServices live = new LiveServices();
    private final Room room = live.room();
    private final ParticipantSession ada = live.enter(room, "ada", Role.PARTICIPANT);
    private final SessionInRoom session = live.inOwnRoom(ada);

    @Test
    void an_open_connection_keeps_its_participant_one_grace_ahead_with_a_fresh_credential() {
        live.sessions.connected(session);
        live.rooms.clock.advance(Duration.ofSeconds(25));

        SessionRefresh refreshed = live.sessions.stillConnected(session);

        assertEquals(now().plus(LiveServices.GRACE), refreshed.participant().presenceDeadline());
        assertEquals(session.grant().participantId(), live.sessions.authenticate(refreshed.credential()).orElseThrow().participantId());
        assertNotEquals(ada.credential(), refreshed.credential());
    }

    @Test
    void a_connection_never_cuts_a_longer_presence_short() {
        Instant joinedUntil = ada.participant().presenceDeadline();
        live.rooms.clock.advance(Duration.ofSeconds(1));

        live.sessions.connected(session);

        assertEquals(joinedUntil, presence().presenceDeadline(), "the join gave the presence timeout, longer than the grace");
    }

    @Test
    void after_a_close_the_participant_leaves_exactly_one_grace_later_with_timeout_once() {
        live.sessions.connected(session);
        for (int i = 0; i < 3; i++) {
            live.rooms.clock.advance(LiveServices.GRACE.dividedBy(2));
            live.sessions.stillConnected(session);
        }
        live.rooms.clock.advance(Duration.ofSeconds(7));
        Instant closedAt = now();

        live.sessions.disconnected(session);

        live.rooms.clock.set(closedAt.plus(LiveServices.GRACE).minus(MILLI));
        live.timers.fireDueTimers(10);
        assertEquals(List.of(), timedOut(), "still present within the grace");
        live.rooms.clock.set(closedAt.plus(LiveServices.GRACE));
        live.timers.fireDueTimers(10);
        live.rooms.clock.advance(Duration.ofMinutes(1));
        live.timers.fireDueTimers(10);

        assertEquals(List.of(ada.participant().id()), timedOut());
    }

    @Test
    void a_new_connection_within_the_grace_keeps_the_participant_and_nobody_sees_a_thing() {
        live.rooms.clock.advance(Duration.ofSeconds(25));
        live.sessions.connected(session);
        live.rooms.clock.advance(Duration.ofSeconds(3));
        Instant closedAt = now();
        live.sessions.disconnected(session);
        int events = live.rooms.outbox.all().size();

        live.rooms.clock.set(closedAt.plus(LiveServices.GRACE).minus(MILLI));
        live.sessions.connected(session);
        live.rooms.clock.advance(LiveServices.GRACE.dividedBy(2));
        live.sessions.stillConnected(session);
        live.rooms.clock.set(closedAt.plus(LiveServices.GRACE).plus(LiveServices.GRACE));
        live.timers.fireDueTimers(10);

        assertEquals(events, live.rooms.outbox.all().size(), "no leave and no join");
        assertEquals(List.of(ada.participant().id()), live.participants.participants(RoomServices.locator(room))
                .participants().stream().map(Participant::id).toList());
    }

    @Test
    void a_close_after_leaving_is_refused_and_brings_nobody_back() {
        live.sessions.connected(session);
        live.sessions.leave(session);
        int events = live.rooms.outbox.all().size();

        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.disconnected(session));

        assertEquals(events, live.rooms.outbox.all().size());
        assertTrue(live.participants.participants(RoomServices.locator(room)).participants().isEmpty());
    }

    @Test
    void a_close_after_the_deadline_passed_is_refused_and_the_participant_leaves_once() {
        live.rooms.clock.advance(LiveServices.PRESENCE);

        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.disconnected(session));
        live.timers.fireDueTimers(10);

        assertEquals(List.of(ada.participant().id()), timedOut());
    }

    private Instant now() {
        return live.rooms.clock.instant();
    }

    private Participant presence() {
        return live.rooms.liveRooms.find(room.tenantId(), room.id()).orElseThrow()
                .participant(session.grant().participantId()).orElseThrow();
    }

    private List<ParticipantId> timedOut() {
        return live.rooms.outbox.all().stream()
                .map(event -> event.event())
                .filter(event -> event instanceof ParticipantLeft left && left.reason() == LeaveReason.TIMEOUT)
                .map(event -> ((ParticipantLeft) event).participantId())
                .toList();
    }
}
