package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.actor;
import static dev.atrium.domain.live.LiveRoomChecks.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The places per role ({@link Places}), through the root. */
class PlacesTest {
    private final LiveRooms people = LiveRooms.at(NOW);
    private final LiveRoom live = people.open(RoomDrafts.group().limits(
            new LimitsDraft(2, 2, 1)).lobby(false, false).build());

    @Test
    void moderators_and_the_owner_share_the_moderator_places() {
        people.join(live, "own", Role.OWNER);
        people.join(live, "mod", Role.MODERATOR);

        assertFails(ErrorCode.ROOM_FULL, () -> people.join(live, "mod2", Role.MODERATOR));
        assertFails(ErrorCode.ROOM_FULL, () -> people.join(live, "own2", Role.OWNER));
        assertEquals(2, live.admitted().size());
    }

    @Test
    void participants_viewers_and_guests_share_the_participant_places() {
        people.join(live, "par", Role.PARTICIPANT);
        people.join(live, "vie", Role.VIEWER);

        assertFails(ErrorCode.ROOM_FULL, () -> people.join(live, "gue", Role.GUEST));
        assertFails(ErrorCode.ROOM_FULL, () -> people.join(live, "par2", Role.PARTICIPANT));
    }

    @Test
    void audiences_have_places_of_their_own() {
        people.join(live, "par", Role.PARTICIPANT);
        people.join(live, "vie", Role.VIEWER);
        people.join(live, "aud", Role.AUDIENCE);

        assertFails(ErrorCode.ROOM_FULL, () -> people.join(live, "aud2", Role.AUDIENCE));
        assertEquals(ParticipantState.ADMITTED, people.join(live, "mod", Role.MODERATOR).state());
    }

    @Test
    void a_place_given_back_can_be_taken_again() {
        Participant par = people.join(live, "par", Role.PARTICIPANT);
        people.join(live, "vie", Role.VIEWER);
        live.leave(par.id(), NOW);

        assertEquals(ParticipantState.ADMITTED, people.join(live, "gue", Role.GUEST).state());
    }

    @Test
    void a_room_without_audience_places_turns_every_audience_away() {
        LiveRoom noAudience = people.open(RoomDrafts.group().build());

        assertFails(ErrorCode.ROOM_FULL, () -> people.join(noAudience, "aud", Role.AUDIENCE));
    }

    @Test
    void admitting_a_knock_needs_a_free_place_and_admit_all_lets_in_only_who_fits() {
        LiveRoom knocking = people.open(RoomDrafts.group().participants(2).lobby(true, false).build());
        Participant ada = people.join(knocking, "ada", Role.PARTICIPANT);
        Participant bob = people.join(knocking, "bob", Role.VIEWER);
        Participant cyd = people.join(knocking, "cyd", Role.GUEST);
        knocking.admit(Actor.service(), ada.id(), NOW);

        List<Participant> admitted = knocking.admitAll(Actor.service(), NOW);

        assertEquals(List.of(bob.id()), admitted.stream().map(Participant::id).toList());
        assertEquals(ParticipantState.KNOCKING, stateOf(knocking, cyd));
        assertFails(ErrorCode.ROOM_FULL, () -> knocking.admit(Actor.service(), cyd.id(), NOW));
    }

    @Test
    void a_role_change_that_frees_a_place_lets_in_who_waited_for_it() {
        LiveRoom waiting = people.open(RoomDrafts.group().participants(1).audiences(1).lobby(false, true).build());
        Participant par = people.join(waiting, "par", Role.PARTICIPANT);
        Participant ada = people.join(waiting, "ada", Role.PARTICIPANT);
        Participant mod = people.join(waiting, "mod", Role.MODERATOR);
        assertEquals(ParticipantState.WAITING, stateOf(waiting, ada));

        waiting.changeRole(actor(mod), par.id(), Role.AUDIENCE, NOW);

        assertEquals(ParticipantState.ADMITTED, stateOf(waiting, ada));
    }

    @Test
    void a_person_waiting_without_a_place_goes_in_once_given_a_role_that_has_one() {
        LiveRoom waiting = people.open(RoomDrafts.group().audiences(0).lobby(false, true).build());
        Participant aud = people.join(waiting, "aud", Role.AUDIENCE);
        Participant mod = people.join(waiting, "mod", Role.MODERATOR);
        assertEquals(ParticipantState.WAITING, stateOf(waiting, aud));

        Participant viewer = waiting.changeRole(actor(mod), aud.id(), Role.VIEWER, NOW);

        assertEquals(ParticipantState.ADMITTED, viewer.state());
    }

    @Test
    void people_waiting_for_a_moderator_who_find_no_place_keep_waiting_until_one_is_free() {
        LiveRoom waiting = people.open(RoomDrafts.group().participants(1).lobby(false, true).build());
        Participant ada = people.join(waiting, "ada", Role.PARTICIPANT);
        Participant bob = people.join(waiting, "bob", Role.PARTICIPANT);

        people.join(waiting, "mod", Role.MODERATOR);
        assertEquals(ParticipantState.ADMITTED, stateOf(waiting, ada));
        assertEquals(ParticipantState.WAITING, stateOf(waiting, bob));

        waiting.leave(ada.id(), NOW);
        assertEquals(ParticipantState.ADMITTED, stateOf(waiting, bob));
    }
}
