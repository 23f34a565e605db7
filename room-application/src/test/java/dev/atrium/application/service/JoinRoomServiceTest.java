package dev.atrium.application.service;

import dev.atrium.application.port.in.access.AdmitGuestCommand;
import dev.atrium.application.port.in.live.JoinRoomCommand;
import dev.atrium.application.port.in.access.OpenedLink;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.ParticipantState;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.token.JoinGrant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

class JoinRoomServiceTest {
    private final LiveServices live = new LiveServices();

    @Test
    void a_valid_token_lets_its_holder_in_with_a_credential_for_that_session() {
        Room room = live.room();

        ParticipantSession session = live.enter(room, "ada", Role.PARTICIPANT);

        assertEquals(ParticipantState.ADMITTED, session.participant().state());
        assertEquals(session.participant().id(), live.sessionOf(session).participantId());
        assertEquals(RoomStatus.ACTIVE, live.rooms.stored(room).status());
        assertEquals(List.of("RoomActivated", "ParticipantJoined"), live.eventTypes());
    }

    @Test
    void a_token_is_redeemed_once() {
        Room room = live.room();
        JoinGrant grant = live.grant(room, "ada", Role.PARTICIPANT);
        live.join.joinRoom(command(room, grant, null));

        assertFails(ErrorCode.TOKEN_ALREADY_USED, () -> live.join.joinRoom(command(room, grant, null)));
    }

    @Test
    void a_refused_join_leaves_its_token_unused_and_nothing_recorded() {
        Room room = live.room(RoomDrafts.group().limits(new LimitsDraft(1, 1, 0)).build());
        ParticipantSession first = live.enter(room, "ada", Role.PARTICIPANT);
        JoinGrant second = live.grant(room, "bob", Role.PARTICIPANT);
        int recorded = live.eventTypes().size();

        assertFails(ErrorCode.ROOM_FULL, () -> live.join.joinRoom(command(room, second, null)));
        assertEquals(recorded, live.eventTypes().size());

        live.sessions.leave(live.inOwnRoom(first));
        assertEquals(ParticipantState.ADMITTED, live.join.joinRoom(command(room, second, null)).participant().state());
    }

    @Test
    void a_token_for_another_room_is_refused() {
        Room room = live.room();
        JoinGrant forOther = live.grant(live.room(), "ada", Role.PARTICIPANT);

        assertFails(ErrorCode.TOKEN_FOR_ANOTHER_ROOM, () -> live.join.joinRoom(command(room, forOther, null)));
    }

    @Test
    void a_guest_the_service_let_in_gives_the_room_password() {
        Room room = live.room(RoomDrafts.ofType("PUBLIC").build());
        live.access.roomPassword.setPassword(RoomServices.locator(room), "correct horse battery");

        assertFails(ErrorCode.WRONG_PASSWORD, () -> live.join.joinRoom(command(room, live.grant(room, "g1", Role.GUEST), null)));
        assertFails(ErrorCode.WRONG_PASSWORD, () -> live.join.joinRoom(command(room, live.grant(room, "g2", Role.GUEST), "wrong")));
        ParticipantSession in = live.join.joinRoom(command(room, live.grant(room, "g3", Role.GUEST), "correct horse battery"));

        assertEquals(Role.GUEST, in.participant().role());
    }

    @Test
    void a_guest_who_came_by_a_link_gave_the_password_there_and_is_not_asked_again() {
        Room room = live.room(RoomDrafts.ofType("PUBLIC").build());
        live.access.roomPassword.setPassword(RoomServices.locator(room), "correct horse battery");
        OpenedLink link = live.access.manageLinks.openLink(RoomServices.locator(room),
                PublicLink.Terms.parse("GUEST", 86_400, null, null));
        JoinGrant guest = live.access.admit.admitGuest(new AdmitGuestCommand(link.token(), "Gus", "correct horse battery",
                "203.0.113.9")).grant();

        assertEquals(Role.GUEST, live.join.joinRoom(command(room, guest, null)).participant().role());
    }

    @Test
    void fifty_racing_joins_for_ten_places_give_ten_sessions() throws Exception {
        Room room = live.room(RoomDrafts.group().limits(new LimitsDraft(1, 10, 0)).build());
        List<JoinGrant> grants = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            grants.add(live.grant(room, "person-" + i, Role.PARTICIPANT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<ErrorCode>> outcomes = new ArrayList<>();
        for (JoinGrant grant : grants) {
            outcomes.add(pool.submit(() -> {
                try {
                    live.join.joinRoom(command(room, grant, null));
                    return null;
                } catch (DomainException refused) {
                    return refused.code();
                }
            }));
        }
        List<ErrorCode> codes = new ArrayList<>();
        for (Future<ErrorCode> outcome : outcomes) {
            codes.add(outcome.get());
        }
        pool.shutdown();

        assertEquals(10, codes.stream().filter(code -> code == null).count());
        assertEquals(40, codes.stream().filter(code -> code == ErrorCode.ROOM_FULL).count(), codes::toString);
        assertEquals(10, live.participants.participants(RoomServices.locator(room)).participants().size());
    }

    private static JoinRoomCommand command(Room room, JoinGrant grant, String password) {
        return new JoinRoomCommand(RoomServices.locator(room), grant, password, "203.0.113.9");
    }
}
