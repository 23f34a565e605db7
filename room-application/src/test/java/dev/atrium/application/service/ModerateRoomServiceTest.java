package dev.atrium.application.service;

import dev.atrium.application.port.in.room.DeleteRoomCommand;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.ParticipantState;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.token.JoinGrant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModerateRoomServiceTest {
    private final LiveServices live = new LiveServices();
    private final Room room = live.room(RoomDrafts.group().access(new AccessDraft(true, false, null, null))
            .limits(new LimitsDraft(2, 10, 0)).build());

    @Test
    void a_moderator_admits_from_the_lobby_and_a_participant_may_not() {
        ParticipantSession moderator = live.enter(room, "mo", Role.MODERATOR);
        ParticipantSession knocking = live.enter(room, "kim", Role.PARTICIPANT);
        ParticipantSession other = live.enter(room, "oz", Role.PARTICIPANT);
        assertEquals(ParticipantState.KNOCKING, knocking.participant().state());

        assertEquals(2, live.moderate.lobby(live.moderatorOf(room, moderator)).size());
        live.moderate.admit(live.moderatorOf(room, moderator), knocking.participant().id());
        RoomCaller admittedParticipant = live.moderatorOf(room, knocking);

        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.moderate.admit(admittedParticipant, other.participant().id()));
        assertEquals(List.of(other.participant().id()), live.moderate.lobby(live.service(room)).stream()
                .map(p -> p.id()).toList());
    }

    @Test
    void reading_the_lobby_leaves_out_who_timed_out_and_saves_nothing() {
        ParticipantSession moderator = live.enter(room, "mo", Role.MODERATOR);
        live.enter(room, "kim", Role.PARTICIPANT);
        live.rooms.clock.advance(LiveServices.PRESENCE.minusSeconds(1));
        live.sessions.ping(live.inOwnRoom(moderator));
        live.rooms.clock.advance(Duration.ofSeconds(1));
        int events = live.rooms.outbox.all().size();

        assertEquals(List.of(), live.moderate.lobby(live.moderatorOf(room, moderator)));

        assertEquals(events, live.rooms.outbox.all().size());
        assertEquals(1, live.timers.fireDueTimers(10));
    }

    @Test
    void a_room_with_people_in_its_lobby_is_not_deleted_until_it_is_ended_which_tells_them() {
        live.enter(room, "kim", Role.PARTICIPANT);
        DeleteRoomCommand delete = new DeleteRoomCommand(RoomServices.locator(room), OptionalLong.empty());

        assertFails(ErrorCode.ROOM_ACTIVE, () -> live.rooms.delete.deleteRoom(delete));
        live.moderate.endForEveryone(live.service(room));
        live.rooms.delete.deleteRoom(delete);

        assertTrue(live.eventTypes().contains("ParticipantLeft"));
        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> live.rooms.stored(room));
    }

    @Test
    void a_session_of_one_room_moderates_no_other() {
        Room elsewhere = live.room();
        ParticipantSession moderator = live.enter(room, "mo", Role.MODERATOR);
        RoomCaller wrongRoom = RoomCaller.participant(elsewhere.id().value(), live.sessionOf(moderator));

        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.moderate.admitAll(wrongRoom));
    }

    @Test
    void a_ban_removes_the_person_revokes_their_tokens_and_keeps_them_out() {
        JoinGrant spare = live.grant(room, "troll", Role.PARTICIPANT);
        ParticipantSession troll = live.enter(room, "troll", Role.PARTICIPANT);
        live.moderate.admitAll(live.service(room));
        live.rooms.clock.advance(java.time.Duration.ofSeconds(1));

        live.moderate.remove(live.service(room), troll.participant().id(), true);

        assertTrue(live.access.verify.verify(live.access.codec.encode(spare, live.access.keys.current(room.tenantId()),
                AccessServices.ISSUER)).isEmpty(), "a token issued before the ban no longer verifies");
        assertFails(ErrorCode.BANNED, () -> live.enter(room, "troll", Role.PARTICIPANT));
    }

    @Test
    void ending_for_everyone_needs_the_permission_and_empties_the_room() {
        ParticipantSession moderator = live.enter(room, "mo", Role.MODERATOR);
        ParticipantSession guest = live.enter(room, "kim", Role.PARTICIPANT);
        live.moderate.admitAll(live.moderatorOf(room, moderator));

        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.moderate.endForEveryone(live.moderatorOf(room, guest)));
        Room ended = live.moderate.endForEveryone(live.moderatorOf(room, moderator));

        assertEquals(RoomStatus.ENDED, ended.status());
        assertEquals(ended.version(), live.rooms.stored(room).version());
        assertTrue(live.participants.participants(RoomServices.locator(room)).participants().isEmpty());
    }
}
