package dev.atrium.application.service;

import dev.atrium.application.port.in.live.MediaChange;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.SessionRefresh;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.LeaveReason;
import dev.atrium.application.port.out.StoreUnavailableException;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantSessionServiceTest {
    private final LiveServices live = new LiveServices();
    private final Room room = live.room();
    private final ParticipantSession ada = live.enter(room, "ada", Role.PARTICIPANT);
    private final SessionInRoom session = live.inOwnRoom(ada);

    @Test
    void a_session_acts_on_its_room_named_by_id_or_by_external_id() {
        Room named = live.room(RoomDrafts.group().externalId("standup").build());
        SessionGrant grant = live.sessionOf(live.enter(named, "ada", Role.PARTICIPANT));

        assertEquals(grant.participantId(), live.sessions.joinCall(new SessionInRoom("standup", grant)).id());
        assertEquals(grant.participantId(), live.sessions.leaveCall(new SessionInRoom(named.id().value(), grant)).id());
    }

    @Test
    void a_session_naming_another_room_of_the_tenant_is_denied_and_changes_nothing() {
        Room other = live.room(RoomDrafts.group().externalId("elsewhere").build());
        int events = live.rooms.outbox.all().size();

        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.sessions.joinCall(new SessionInRoom("elsewhere", session.grant())));
        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.sessions.leave(new SessionInRoom(other.id().value(), session.grant())));
        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.chat.post(new SessionInRoom("elsewhere", session.grant()), "hi"));
        assertEquals(events, live.rooms.outbox.all().size());
    }

    @Test
    void a_session_naming_a_room_the_tenant_lacks_finds_no_room() {
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> live.sessions.ping(new SessionInRoom("no-such-room", session.grant())));
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> live.sessions.session(new SessionInRoom("rm_" + "0".repeat(26), session.grant())));
    }

    @Test
    void a_ping_moves_the_presence_deadline_and_hands_out_a_fresh_credential() {
        live.rooms.clock.advance(Duration.ofSeconds(20));

        SessionRefresh pinged = live.sessions.ping(session);

        assertEquals(live.rooms.clock.instant().plus(LiveServices.PRESENCE), pinged.participant().presenceDeadline());
        assertNotEquals(ada.credential(), pinged.credential());
        assertEquals(session.grant().participantId(), live.sessions.authenticate(pinged.credential()).orElseThrow().participantId());
    }

    @Test
    void a_ping_while_nothing_of_the_room_is_due_moves_only_its_presence_and_leaves_the_rooms_timer_alone() {
        SessionInRoom bob = live.inOwnRoom(live.enter(room, "bob", Role.PARTICIPANT));
        Instant due = live.rooms.liveRooms.nextDeadline(room.id()).orElseThrow();
        int events = live.rooms.outbox.all().size();
        long version = live.rooms.stored(room).version();
        live.rooms.clock.advance(Duration.ofSeconds(20));

        SessionRefresh pinged = live.sessions.ping(bob);

        assertEquals(live.rooms.clock.instant(), pinged.participant().lastPingAt());
        assertEquals(Optional.of(due), live.rooms.liveRooms.nextDeadline(room.id()), "a ping does not reschedule the room");
        assertEquals(events, live.rooms.outbox.all().size());
        assertEquals(version, live.rooms.stored(room).version());
        assertEquals(pinged.participant(), live.rooms.liveRooms.find(room.tenantId(), room.id()).orElseThrow()
                .participant(bob.grant().participantId()).orElseThrow());
        assertEquals(live.rooms.clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(SessionGrant.LIFETIME), pinged.credentialExpiresAt());
    }

    @Test
    void the_timer_at_an_old_deadline_keeps_who_pinged_reschedules_and_reaps_who_did_not_once() {
        SessionInRoom bob = live.inOwnRoom(live.enter(room, "bob", Role.PARTICIPANT));
        live.rooms.clock.advance(Duration.ofSeconds(20));
        live.sessions.ping(bob);
        live.rooms.clock.advance(LiveServices.PRESENCE.minusSeconds(20));

        assertEquals(1, live.timers.fireDueTimers(10));
        assertEquals(Optional.of(live.rooms.clock.instant().plusSeconds(20)), live.rooms.liveRooms.nextDeadline(room.id()));
        assertEquals(0, live.timers.fireDueTimers(10));

        assertEquals(List.of(ada.participant().id()), timedOut());
        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.ping(session));
        assertEquals(bob.grant().participantId(), live.sessions.ping(bob).participant().id());
        assertEquals(List.of(ada.participant().id()), timedOut());
    }

    @Test
    void a_ping_after_its_deadline_before_the_timer_came_is_refused_and_reaps_it_once() {
        live.rooms.clock.advance(LiveServices.PRESENCE);

        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.ping(session));
        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.ping(session));
        live.timers.fireDueTimers(10);

        assertEquals(List.of(ada.participant().id()), timedOut());
    }

    @Test
    void a_ping_while_someone_else_is_overdue_lets_the_room_reap_them_first_and_reschedules_it() {
        live.rooms.clock.advance(Duration.ofSeconds(20));
        SessionInRoom bob = live.inOwnRoom(live.enter(room, "bob", Role.PARTICIPANT));
        live.rooms.clock.advance(LiveServices.PRESENCE.minusSeconds(20));

        SessionRefresh pinged = live.sessions.ping(bob);

        assertEquals(List.of(ada.participant().id()), timedOut());
        assertEquals(Optional.of(pinged.participant().presenceDeadline()), live.rooms.liveRooms.nextDeadline(room.id()));
        assertEquals(0, live.timers.fireDueTimers(10));
    }

    @Test
    void a_ping_after_leaving_is_refused() {
        live.sessions.leave(session);

        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.ping(session));
    }

    @Test
    void a_ping_whose_deadline_passed_while_the_store_was_away_is_excused() {
        live.rooms.liveRooms.reachable(false);
        live.rooms.clock.advance(LiveServices.PRESENCE.plusSeconds(5));
        assertThrows(StoreUnavailableException.class, () -> live.sessions.ping(session));
        live.rooms.liveRooms.reachable(true);

        SessionRefresh pinged = live.sessions.ping(session);

        assertEquals(live.rooms.clock.instant().plus(LiveServices.PRESENCE), pinged.participant().presenceDeadline());
        assertEquals(List.of(), timedOut());
    }

    private List<ParticipantId> timedOut() {
        return live.rooms.outbox.all().stream()
                .map(event -> event.event())
                .filter(event -> event instanceof ParticipantLeft left && left.reason() == LeaveReason.TIMEOUT)
                .map(event -> ((ParticipantLeft) event).participantId())
                .toList();
    }

    @Test
    void a_session_without_a_ping_is_reaped_by_the_timers_and_then_gone() {
        live.rooms.clock.advance(LiveServices.PRESENCE);

        assertEquals(1, live.timers.fireDueTimers(10));

        assertTrue(live.rooms.outbox.all().stream().anyMatch(event ->
                event.event() instanceof ParticipantLeft left && left.reason() == LeaveReason.TIMEOUT));
        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.session(session));
    }

    @Test
    void reading_a_session_past_its_deadline_shows_it_gone_and_leaves_the_reaping_to_a_change() {
        live.rooms.clock.advance(LiveServices.PRESENCE);
        int events = live.rooms.outbox.all().size();

        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.session(session));

        assertEquals(events, live.rooms.outbox.all().size());
        assertEquals(1, live.timers.fireDueTimers(10));
    }

    @Test
    void a_long_meeting_outlives_any_one_credential_by_pinging() {
        String latest = ada.credential();
        for (int i = 0; i < 40; i++) {
            live.rooms.clock.advance(Duration.ofSeconds(15));
            latest = live.sessions.ping(new SessionInRoom(room.id().value(), live.sessions.authenticate(latest).orElseThrow())).credential();
        }

        assertTrue(live.sessions.authenticate(ada.credential()).isEmpty(), "the first credential expired long ago");
        assertEquals(session.grant().participantId(), live.sessions.authenticate(latest).orElseThrow().participantId());
    }

    @Test
    void leaving_records_it_and_the_session_is_gone() {
        live.sessions.leave(session);

        assertTrue(live.rooms.outbox.all().stream().anyMatch(event ->
                event.event() instanceof ParticipantLeft left && left.reason() == LeaveReason.LEFT));
        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.sessions.joinCall(session));
    }

    @Test
    void media_goes_on_in_the_call_only() {
        assertFails(ErrorCode.NOT_IN_CALL, () -> live.sessions.changeMedia(session, new MediaChange(true, null, null)));

        live.sessions.joinCall(session);
        Participant speaking = live.sessions.changeMedia(session, new MediaChange(true, true, null));

        assertTrue(speaking.media().microphone() && speaking.media().camera());
        assertEquals(false, live.sessions.leaveCall(session).media().microphone());
    }

    @Test
    void a_second_presenter_needs_a_moderator_taking_over() {
        SessionInRoom bob = live.inOwnRoom(live.enter(room, "bob", Role.PARTICIPANT));
        SessionInRoom owner = live.inOwnRoom(live.enter(room, "olga", Role.OWNER));
        for (SessionInRoom each : new SessionInRoom[]{session, bob, owner}) {
            live.sessions.joinCall(each);
        }
        live.sessions.startScreenShare(session, false);

        assertFails(ErrorCode.PRESENTER_EXISTS, () -> live.sessions.startScreenShare(bob, false));
        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.sessions.startScreenShare(bob, true));
        live.sessions.startScreenShare(owner, true);

        assertEquals(owner.grant().participantId(), live.participants.participants(RoomServices.locator(room)).participants()
                .stream().filter(Participant::isPresenter).findFirst().orElseThrow().id());
    }
}
