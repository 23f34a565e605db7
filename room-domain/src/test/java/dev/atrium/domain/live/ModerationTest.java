package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RoomEvent.KnockAnswered;
import dev.atrium.domain.live.RoomEvent.MediaStateChanged;
import dev.atrium.domain.live.RoomEvent.ParticipantAdmitted;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;
import dev.atrium.domain.live.RoomEvent.RoleChanged;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ViolationCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.actor;
import static dev.atrium.domain.live.LiveRoomChecks.current;
import static dev.atrium.domain.live.LiveRoomChecks.events;
import static dev.atrium.domain.live.LiveRoomChecks.leftEvent;
import static dev.atrium.domain.live.LiveRoomChecks.stateOf;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What moderators and the service may do to others, through the root. */
class ModerationTest {
    private final LiveRooms people = LiveRooms.at(NOW);
    private final LiveRoom live = people.open(RoomDrafts.group().moderators(2).lobby(true, false).build());
    private final Participant own = people.join(live, "own", Role.OWNER);
    private final Participant knocker = people.join(live, "kno", Role.PARTICIPANT);
    private final Participant par = live.admit(Actor.service(), people.join(live, "par", Role.PARTICIPANT).id(), NOW);

    @Test
    void a_participant_may_not_moderate() {
        assertAll(
                () -> assertFails(ErrorCode.PERMISSION_DENIED, () -> live.admit(actor(par), knocker.id(), NOW)),
                () -> assertFails(ErrorCode.PERMISSION_DENIED, () -> live.deny(actor(par), knocker.id(), NOW)),
                () -> assertFails(ErrorCode.PERMISSION_DENIED, () -> live.admitAll(actor(par), NOW)),
                () -> assertFails(ErrorCode.PERMISSION_DENIED, () -> live.remove(actor(par), knocker.id(), false, NOW)),
                () -> assertFails(ErrorCode.PERMISSION_DENIED, () -> live.changeRole(actor(par), par.id(), Role.MODERATOR, NOW)),
                () -> assertFails(ErrorCode.PERMISSION_DENIED, () -> live.mute(actor(par), own.id(), NOW)),
                () -> assertFails(ErrorCode.PERMISSION_DENIED, () -> live.endForEveryone(actor(par), NOW)));
        assertEquals(RoomStatus.ACTIVE, live.room().status());
    }

    @Test
    void somebody_made_a_moderator_in_the_lobby_goes_in_as_a_moderator_arriving_would() {
        Participant promoted = live.changeRole(Actor.service(), knocker.id(), Role.MODERATOR, NOW);

        assertEquals(ParticipantState.ADMITTED, promoted.state());
        assertEquals(List.of(knocker.id()), events(live, ParticipantAdmitted.class).stream()
                .map(admitted -> admitted.participant().id()).filter(knocker.id()::equals).toList());
        live.admitAll(actor(promoted), NOW);
    }

    @Test
    void somebody_in_the_lobby_may_not_act_even_with_a_moderating_role_while_no_moderator_place_is_free() {
        people.join(live, "mod", Role.MODERATOR);

        live.changeRole(Actor.service(), knocker.id(), Role.MODERATOR, NOW);

        assertEquals(ParticipantState.KNOCKING, stateOf(live, knocker));
        assertFails(ErrorCode.NOT_ADMITTED, () -> live.admitAll(actor(knocker), NOW));
    }

    @Test
    void the_owner_and_the_service_may_moderate() {
        live.admit(actor(own), knocker.id(), NOW);
        live.remove(Actor.service(), knocker.id(), false, NOW);

        assertEquals(LeaveReason.REMOVED, leftEvent(live, knocker).reason());
        assertFalse(live.isBanned(knocker.userRef()));
    }

    @Test
    void a_denied_knock_leaves_with_reason_denied() {
        live.deny(actor(own), knocker.id(), NOW);

        assertEquals(new KnockAnswered(knocker.id(), false, own.id()), events(live, KnockAnswered.class).get(1));
        assertEquals(LeaveReason.DENIED, leftEvent(live, knocker).reason());
        assertTrue(live.lobby().isEmpty());
    }

    @Test
    void only_somebody_in_the_lobby_can_be_admitted_or_denied() {
        assertFails(ErrorCode.NOT_IN_LOBBY, () -> live.admit(actor(own), par.id(), NOW));
        assertFails(ErrorCode.NOT_IN_LOBBY, () -> live.deny(actor(own), par.id(), NOW));
        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.admit(actor(own), people.nextId(), NOW));
    }

    @Test
    void admit_all_lets_in_the_whole_lobby_in_the_order_people_came() {
        Participant second = people.join(live, "sec", Role.VIEWER);

        List<Participant> admitted = live.admitAll(actor(own), NOW);

        assertEquals(List.of(knocker.id(), second.id()), admitted.stream().map(Participant::id).toList());
        assertTrue(live.lobby().isEmpty());
    }

    @Test
    void admit_all_admits_each_person_once_even_when_an_admitted_moderator_releases_the_others() {
        LiveRoom waiting = people.open(RoomDrafts.group().lobby(false, true).build());
        Participant ada = people.join(waiting, "ada", Role.PARTICIPANT);
        Participant bob = people.join(waiting, "bob", Role.PARTICIPANT);
        waiting.changeRole(Actor.service(), ada.id(), Role.MODERATOR, NOW);

        List<Participant> admitted = waiting.admitAll(Actor.service(), NOW);

        assertEquals(ParticipantState.ADMITTED, stateOf(waiting, bob));
        assertEquals(List.of(ada.id(), bob.id()), events(waiting, RoomEvent.ParticipantAdmitted.class).stream()
                .map(event -> event.participant().id()).toList());
        assertTrue(admitted.stream().allMatch(Participant::isAdmitted));
        assertEquals(admitted.stream().map(Participant::id).distinct().count(), admitted.size());
    }

    @Test
    void the_owner_can_be_neither_removed_nor_given_another_role() {
        assertFails(ErrorCode.OWNER_NOT_REMOVABLE, () -> live.remove(Actor.service(), own.id(), true, NOW));
        assertFails(ErrorCode.OWNER_ROLE_FIXED, () -> live.changeRole(Actor.service(), own.id(), Role.VIEWER, NOW));
        assertEquals(Role.OWNER, current(live, own).role());
    }

    @Test
    void nobody_is_made_owner_or_guest_in_the_room() {
        assertViolations(() -> live.changeRole(Actor.service(), par.id(), Role.OWNER, NOW),
                violation("role", ViolationCode.NOT_ALLOWED));
        assertViolations(() -> live.changeRole(Actor.service(), par.id(), Role.GUEST, NOW),
                violation("role", ViolationCode.NOT_ALLOWED));
    }

    @Test
    void promoting_needs_a_free_moderator_place() {
        live.changeRole(actor(own), par.id(), Role.MODERATOR, NOW);
        Participant other = live.admit(Actor.service(), knocker.id(), NOW);

        assertFails(ErrorCode.ROOM_FULL, () -> live.changeRole(actor(own), other.id(), Role.MODERATOR, NOW));
        assertEquals(new RoleChanged(par.id(), ParticipantState.ADMITTED, Role.PARTICIPANT, Role.MODERATOR, own.id()),
                events(live, RoleChanged.class).get(0));
    }

    @Test
    void a_demoted_moderator_loses_the_media_the_new_role_may_not_send() {
        Participant mod = live.changeRole(actor(own), par.id(), Role.MODERATOR, NOW);
        live.joinCall(mod.id(), NOW);
        live.changeMedia(mod.id(), true, true, null, NOW);
        live.startScreenShare(mod.id(), false, NOW);

        Participant viewer = live.changeRole(actor(own), mod.id(), Role.VIEWER, NOW);

        assertEquals(new MediaState(false, false, false, true), viewer.media());
        assertTrue(viewer.inCall());
        assertTrue(live.presenter().isEmpty());
        assertEquals(new PresenterChanged(null, mod.id()), events(live, PresenterChanged.class).get(1));
    }

    @Test
    void demoting_to_audience_also_leaves_the_chat() {
        LiveRoom withAudience = people.open(RoomDrafts.group().audiences(1).build());
        Participant ada = people.join(withAudience, "ada", Role.PARTICIPANT);

        Participant audience = withAudience.changeRole(Actor.service(), ada.id(), Role.AUDIENCE, NOW);

        assertFalse(audience.media().chat());
    }

    @Test
    void a_role_change_to_the_same_role_records_nothing() {
        int recorded = live.recordedEvents().size();

        live.changeRole(actor(own), par.id(), Role.PARTICIPANT, NOW);

        assertEquals(recorded, live.recordedEvents().size());
    }

    @Test
    void a_moderator_may_ask_anybody_to_mute() {
        live.joinCall(par.id(), NOW);
        live.changeMedia(par.id(), true, true, null, NOW);

        Participant muted = live.mute(actor(own), par.id(), NOW);

        assertEquals(new MediaState(false, true, false, true), muted.media());
        MediaStateChanged last = events(live, MediaStateChanged.class).get(events(live, MediaStateChanged.class).size() - 1);
        assertEquals(own.id(), last.changedBy());
    }

    @Test
    void ending_the_room_for_everyone_takes_everybody_out_and_ends_it_for_good() {
        live.endForEveryone(actor(own), NOW);

        assertEquals(RoomStatus.ENDED, live.room().status());
        assertEquals(List.of(), live.participants());
        assertEquals(new RoomEnded(CloseReason.ENDED), events(live).get(events(live).size() - 1));
        assertEquals(LeaveReason.ROOM_ENDED, leftEvent(live, knocker).reason());
        assertNull(live.nextDeadline(NOW));

        int recorded = live.recordedEvents().size();
        live.endForEveryone(Actor.service(), NOW);
        live.tick(NOW.plus(Duration.ofDays(1)));
        assertEquals(recorded, live.recordedEvents().size());
    }
}
