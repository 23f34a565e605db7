package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.JoinGrants;
import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RoomEvent.KnockAnswered;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.live.RoomEvent.RoomActivated;
import dev.atrium.domain.live.RoomEvent.SessionClosed;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.actor;
import static dev.atrium.domain.live.LiveRoomChecks.events;
import static dev.atrium.domain.live.LiveRoomChecks.keepAlive;
import static dev.atrium.domain.live.LiveRoomChecks.leftEvent;
import static dev.atrium.domain.live.LiveRoomChecks.stateOf;
import static dev.atrium.domain.live.LiveRoomChecks.types;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Arrival, the lobby and its release ({@link Admission}), through the root. */
class AdmissionTest {
    private final LiveRooms people = LiveRooms.at(NOW);

    @Test
    void in_a_room_without_a_lobby_a_participant_goes_straight_in() {
        LiveRoom live = people.open(RoomDrafts.group().build());

        Participant ada = people.join(live, "ada", Role.PARTICIPANT);

        assertAll(
                () -> assertEquals(ParticipantState.ADMITTED, ada.state()),
                () -> assertEquals(new UserRef("ada"), ada.userRef()),
                () -> assertEquals("Person ada", ada.name()),
                () -> assertFalse(ada.inCall()),
                () -> assertEquals(new MediaState(false, false, false, true), ada.media()),
                () -> assertEquals(NOW.plus(LiveRooms.PRESENCE_TIMEOUT), ada.presenceDeadline()),
                () -> assertEquals(List.of(ada), live.admitted()),
                () -> assertEquals(List.of(), live.lobby()));
    }

    @Test
    void the_first_admitted_person_turns_the_room_active() {
        LiveRoom live = people.open(RoomDrafts.group().build());

        people.join(live, "ada", Role.PARTICIPANT);
        people.join(live, "bob", Role.PARTICIPANT);

        assertEquals(RoomStatus.ACTIVE, live.room().status());
        assertEquals(List.of(new RoomActivated(TopologyKind.MESH)), events(live, RoomActivated.class));
        assertEquals(NOW, live.clocks().activatedAt());
    }

    @Test
    void in_a_room_with_a_lobby_a_participant_knocks_and_the_room_stays_open() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).build());

        Participant ada = people.join(live, "ada", Role.PARTICIPANT);

        assertEquals(ParticipantState.KNOCKING, ada.state());
        assertEquals(List.of(ada), live.lobby());
        assertEquals(List.of("ParticipantJoined", "KnockRequested"), types(live));
        assertEquals(RoomStatus.OPEN, live.room().status());
    }

    @Test
    void a_moderator_goes_straight_in_past_the_lobby_and_the_knocking_keep_knocking() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, true).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);

        Participant mod = people.join(live, "mod", Role.MODERATOR);

        assertEquals(ParticipantState.ADMITTED, mod.state());
        assertEquals(ParticipantState.KNOCKING, stateOf(live, ada));
    }

    @Test
    void the_lobby_holds_a_thousand_people_and_turns_the_next_away() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).build());
        for (int i = 0; i < LiveRoom.MAX_LOBBY; i++) {
            people.join(live, "knocker-" + i, Role.PARTICIPANT);
        }

        assertFails(ErrorCode.LOBBY_FULL, () -> people.join(live, "one-more", Role.VIEWER));
        assertEquals(ParticipantState.ADMITTED, people.join(live, "mod", Role.MODERATOR).state());
    }

    @Test
    void a_knock_admitted_by_a_moderator_lets_the_person_in() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).build());
        Participant mod = people.join(live, "mod", Role.MODERATOR);
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);

        Participant admitted = live.admit(actor(mod), ada.id(), NOW);

        assertEquals(ParticipantState.ADMITTED, admitted.state());
        assertEquals(List.of(new KnockAnswered(ada.id(), true, mod.id())), events(live, KnockAnswered.class));
        assertEquals(List.of(), live.lobby());
    }

    @Test
    void with_wait_for_moderator_everybody_waits_until_a_moderator_comes_then_all_go_in() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(false, true).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant bob = people.join(live, "bob", Role.VIEWER);
        assertEquals(ParticipantState.WAITING, ada.state());
        assertEquals(ParticipantState.WAITING, bob.state());
        assertEquals(RoomStatus.OPEN, live.room().status());

        people.join(live, "mod", Role.MODERATOR);

        assertEquals(ParticipantState.ADMITTED, stateOf(live, ada));
        assertEquals(ParticipantState.ADMITTED, stateOf(live, bob));
        assertEquals(List.of(), live.lobby());
    }

    @Test
    void with_wait_for_moderator_and_a_lobby_the_waiting_knock_once_a_moderator_comes() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, true).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        assertEquals(ParticipantState.WAITING, ada.state());

        people.join(live, "mod", Role.MODERATOR);

        assertEquals(ParticipantState.KNOCKING, stateOf(live, ada));
        assertEquals(1, events(live, RoomEvent.KnockRequested.class).size());
    }

    @Test
    void with_wait_for_moderator_a_participant_who_comes_after_the_moderator_goes_straight_in() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(false, true).build());
        people.join(live, "mod", Role.MODERATOR);

        assertEquals(ParticipantState.ADMITTED, people.join(live, "ada", Role.PARTICIPANT).state());
    }

    @Test
    void a_participant_promoted_to_moderator_in_the_room_releases_those_waiting_for_one() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(false, true).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant bob = people.join(live, "bob", Role.PARTICIPANT);
        Participant mod = people.join(live, "mod", Role.MODERATOR);
        live.leave(mod.id(), NOW);
        Participant cyd = people.join(live, "cyd", Role.PARTICIPANT);
        assertEquals(ParticipantState.WAITING, cyd.state());

        live.changeRole(Actor.service(), ada.id(), Role.MODERATOR, NOW);

        assertEquals(ParticipantState.ADMITTED, stateOf(live, cyd));
        assertEquals(ParticipantState.ADMITTED, stateOf(live, bob));
    }

    @Test
    void a_meeting_keeps_everybody_but_moderators_waiting_until_its_start() {
        Instant start = NOW.plus(Duration.ofMinutes(10));
        LiveRoom live = people.open(RoomDrafts.scheduled(start, Duration.ofHours(1)).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant mod = people.join(live, "mod", Role.MODERATOR);

        assertEquals(ParticipantState.WAITING, stateOf(live, ada));
        assertEquals(ParticipantState.ADMITTED, mod.state());
        keepAlive(live, start.minusSeconds(1));
        assertEquals(start, live.nextDeadline(start.minusSeconds(1)), "the start is a deadline while people wait for it");

        live.tick(start.minusSeconds(1));
        assertEquals(ParticipantState.WAITING, stateOf(live, ada));

        live.tick(start);
        assertEquals(ParticipantState.ADMITTED, stateOf(live, ada));
    }

    @Test
    void a_meeting_lets_people_in_at_its_start_even_when_nobody_moderates() {
        Instant start = NOW.plus(Duration.ofMinutes(10));
        LiveRoom live = people.open(RoomDrafts.scheduled(start, Duration.ofHours(1)).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);

        keepAlive(live, start.minusSeconds(1));
        live.tick(start);

        assertEquals(ParticipantState.ADMITTED, stateOf(live, ada));
        assertEquals(RoomStatus.ACTIVE, live.room().status());
    }

    @Test
    void a_meeting_does_not_clear_its_lobby_as_unused_before_it_starts() {
        Instant start = NOW.plus(Duration.ofMinutes(10));
        LiveRoom live = people.open(RoomDrafts.scheduled(start, Duration.ofHours(1)).build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);

        for (Instant at = NOW.plusSeconds(20); at.isBefore(start); at = at.plusSeconds(20)) {
            keepAlive(live, at);
            live.tick(at);
        }
        live.tick(start);

        assertEquals(ParticipantState.ADMITTED, stateOf(live, ada));
        assertTrue(events(live, SessionClosed.class).isEmpty());
    }

    @Test
    void a_person_already_in_the_room_is_refused_a_second_session_naming_the_first() {
        LiveRoom live = people.open(RoomDrafts.group().sameUser("REFUSE").build());
        Participant first = people.join(live, "ada", Role.PARTICIPANT);

        var error = assertFails(ErrorCode.SESSION_EXISTS, () -> people.join(live, "ada", Role.PARTICIPANT));

        assertTrue(error.getMessage().contains(first.id().value()), "names the session that is in");
        assertEquals(List.of(first), live.participants());
    }

    @Test
    void a_second_session_of_a_person_replaces_the_first_when_the_room_says_so() {
        LiveRoom opened = people.open(RoomDrafts.group().sameUser("REPLACE").build());
        Participant first = people.join(opened, "ada", Role.PARTICIPANT);
        LiveRoom live = LiveRooms.reloaded(opened, List.of());

        Participant second = people.join(live, "ada", Role.PARTICIPANT);

        assertEquals(List.of(second), live.participants());
        assertEquals(new ParticipantLeft(first.id(), new UserRef("ada"), ParticipantState.ADMITTED, LeaveReason.REPLACED), leftEvent(live, first));
        assertEquals(Set.of(first.id()), live.changesSinceLoaded().departed());
        assertEquals(List.of(second), live.changesSinceLoaded().arrived());
    }

    @Test
    void a_replacing_session_takes_the_place_of_the_first_even_when_somebody_waits_for_a_place() {
        LiveRoom live = people.open(RoomDrafts.group().participants(1).lobby(false, true).sameUser("REPLACE").build());
        Participant par = people.join(live, "par", Role.PARTICIPANT);
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        people.join(live, "mod", Role.MODERATOR);
        assertEquals(ParticipantState.ADMITTED, stateOf(live, par));

        Participant again = people.join(live, "par", Role.PARTICIPANT);

        assertEquals(ParticipantState.ADMITTED, again.state());
        assertEquals(ParticipantState.WAITING, stateOf(live, ada));
    }

    @Test
    void a_replacing_session_in_another_place_gives_the_first_ones_place_to_who_waits() {
        LiveRoom live = people.open(RoomDrafts.group().participants(1).audiences(1).lobby(false, true)
                .sameUser("REPLACE").build());
        people.join(live, "par", Role.PARTICIPANT);
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        people.join(live, "mod", Role.MODERATOR);
        assertEquals(ParticipantState.WAITING, stateOf(live, ada));

        Participant again = people.join(live, "par", Role.AUDIENCE);

        assertEquals(ParticipantState.ADMITTED, again.state());
        assertEquals(ParticipantState.ADMITTED, stateOf(live, ada));
    }

    @Test
    void a_person_let_in_from_the_lobby_who_reconnects_goes_straight_in_and_one_still_knocking_knocks_again() {
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).sameUser("REPLACE").build());
        Participant kim = people.join(live, "kim", Role.PARTICIPANT);
        Participant joe = people.join(live, "joe", Role.PARTICIPANT);
        live.admit(Actor.service(), kim.id(), NOW);

        Participant kimAgain = people.join(live, "kim", Role.PARTICIPANT);
        Participant joeAgain = people.join(live, "joe", Role.PARTICIPANT);

        assertEquals(ParticipantState.ADMITTED, kimAgain.state());
        assertEquals(ParticipantState.KNOCKING, joeAgain.state());
        assertEquals(LeaveReason.REPLACED, leftEvent(live, joe).reason());
    }

    @Test
    void a_banned_person_cannot_come_back() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        live.remove(Actor.service(), ada.id(), true, NOW);

        assertFails(ErrorCode.BANNED, () -> people.join(live, "ada", Role.PARTICIPANT));
        assertTrue(live.isBanned(new UserRef("ada")));
        assertEquals(Set.of(new UserRef("ada")), live.changesSinceLoaded().newBans());
    }

    @Test
    void a_ban_survives_reloading_the_room() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        live.remove(Actor.service(), ada.id(), true, NOW);

        LiveRoom reloaded = LiveRooms.reloaded(live, Set.of(new UserRef("ada")));

        assertFails(ErrorCode.BANNED, () -> people.join(reloaded, "ada", Role.MODERATOR));
        assertEquals(Set.of(), reloaded.changesSinceLoaded().newBans());
    }

    @Test
    void nobody_enters_an_ended_room() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        live.endForEveryone(Actor.service(), NOW);

        assertFails(ErrorCode.ROOM_ENDED, () -> people.join(live, "ada", Role.OWNER));
    }

    @Test
    void nobody_enters_before_the_meeting_doors_open() {
        LiveRoom live = people.open(RoomDrafts.scheduled(NOW.plus(Duration.ofHours(1)), Duration.ofHours(1)).build());

        assertFails(ErrorCode.ROOM_NOT_OPEN_YET, () -> people.join(live, "ada", Role.MODERATOR));
    }

    @Test
    void a_grant_for_another_room_is_a_programming_error() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Room other = people.open(RoomDrafts.group().build()).room();

        assertThrows(IllegalArgumentException.class, () -> live.join(people.nextId(),
                JoinGrants.of(other, "ada", Role.PARTICIPANT), NOW, LiveRooms.PRESENCE_TIMEOUT));
        assertEquals(List.of(), live.participants());
    }

    @Test
    void leaving_takes_the_person_out_with_reason_left() {
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);

        live.leave(ada.id(), NOW);

        assertEquals(List.of(), live.participants());
        assertEquals(LeaveReason.LEFT, leftEvent(live, ada).reason());
        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.leave(ada.id(), NOW));
    }
}
