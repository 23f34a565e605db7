package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.JoinGrants;
import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RoomEvent.KnockAnswered;
import dev.atrium.domain.live.RoomEvent.MediaStateChanged;
import dev.atrium.domain.live.RoomEvent.MessagePosted;
import dev.atrium.domain.live.RoomEvent.ParticipantAdmitted;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;
import dev.atrium.domain.live.RoomEvent.RoleChanged;
import dev.atrium.domain.live.RoomEvent.RoomActivated;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.live.RoomEvent.SessionClosed;
import dev.atrium.domain.live.RoomEvent.TopologyUpgraded;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomDraft.MediaDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ViolationCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveRoomTest {
    private final LiveRooms people = LiveRooms.at(NOW);

    private static List<RoomEvent> events(LiveRoom live) {
        return live.recordedEvents().stream().map(RecordedEvent::event).toList();
    }

    private static <E extends RoomEvent> List<E> events(LiveRoom live, Class<E> type) {
        return events(live).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> types(LiveRoom live) {
        return events(live).stream().map(RoomEvent::type).toList();
    }

    private static Participant current(LiveRoom live, Participant participant) {
        return live.participant(participant.id()).orElseThrow();
    }

    private static ParticipantState stateOf(LiveRoom live, Participant participant) {
        return current(live, participant).state();
    }

    /** Everybody pings at {@code at}, so a tick there reaps nobody. */
    private static void keepAlive(LiveRoom live, Instant at) {
        live.participants().forEach(p -> live.ping(p.id(), at, LiveRooms.PRESENCE_TIMEOUT));
    }

    private static Actor actor(Participant participant) {
        return Actor.participant(participant.id());
    }

    private static ParticipantLeft leftEvent(LiveRoom live, Participant participant) {
        return events(live, ParticipantLeft.class).stream()
                .filter(left -> left.participantId().equals(participant.id())).findFirst().orElseThrow();
    }

    @Nested
    class Arriving {
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
            LiveRoom live = people.open(RoomDrafts.group().sameUser("REPLACE").build());
            Participant first = people.join(live, "ada", Role.PARTICIPANT);

            Participant second = people.join(live, "ada", Role.PARTICIPANT);

            assertEquals(List.of(second), live.participants());
            assertEquals(new ParticipantLeft(first.id(), new UserRef("ada"), LeaveReason.REPLACED), leftEvent(live, first));
            assertEquals(Set.of(first.id()), live.departedParticipants());
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
            assertEquals(Set.of(new UserRef("ada")), live.newBans());
        }

        @Test
        void a_ban_survives_reloading_the_room() {
            LiveRoom live = people.open(RoomDrafts.group().build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            live.remove(Actor.service(), ada.id(), true, NOW);

            LiveRoom reloaded = LiveRooms.reloaded(live, Set.of(new UserRef("ada")));

            assertFails(ErrorCode.BANNED, () -> people.join(reloaded, "ada", Role.MODERATOR));
            assertEquals(Set.of(), reloaded.newBans());
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

    @Nested
    class Capacity {
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

    @Nested
    class CallAndMedia {
        private final LiveRoom live = people.open(RoomDrafts.group().build());

        @Test
        void being_in_the_room_is_not_being_in_the_call() {
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);

            assertFails(ErrorCode.NOT_IN_CALL, () -> live.changeMedia(ada.id(), true, null, null, NOW));

            Participant inCall = live.joinCall(ada.id(), NOW);
            assertTrue(inCall.inCall());
            Participant speaking = live.changeMedia(ada.id(), true, true, null, NOW);
            assertEquals(new MediaState(true, true, false, true), speaking.media());
        }

        @Test
        void leaving_the_call_turns_microphone_camera_and_screen_off_but_keeps_the_chat() {
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            live.joinCall(ada.id(), NOW);
            live.changeMedia(ada.id(), true, true, null, NOW);
            live.startScreenShare(ada.id(), false, NOW);

            Participant out = live.leaveCall(ada.id(), NOW);

            assertFalse(out.inCall());
            assertEquals(new MediaState(false, false, false, true), out.media());
            assertEquals(new PresenterChanged(null, ada.id()), events(live, PresenterChanged.class).get(1));
            assertTrue(live.presenter().isEmpty());
        }

        @Test
        void joining_the_call_twice_or_leaving_it_twice_records_nothing() {
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            live.joinCall(ada.id(), NOW);
            int recorded = live.recordedEvents().size();

            live.joinCall(ada.id(), NOW);
            live.leaveCall(ada.id(), NOW);
            live.leaveCall(ada.id(), NOW);

            assertEquals(recorded + 1, live.recordedEvents().size());
        }

        @Test
        void somebody_in_the_lobby_cannot_join_the_call() {
            LiveRoom lobby = people.open(RoomDrafts.group().lobby(true, false).build());
            Participant ada = people.join(lobby, "ada", Role.PARTICIPANT);

            assertFails(ErrorCode.NOT_ADMITTED, () -> lobby.joinCall(ada.id(), NOW));
            assertFails(ErrorCode.NOT_ADMITTED, () -> lobby.raiseHand(ada.id(), true, NOW));
        }

        @Test
        void a_viewer_may_not_publish_but_may_chat() {
            Participant vie = people.join(live, "vie", Role.VIEWER);
            live.joinCall(vie.id(), NOW);

            assertFails(ErrorCode.PERMISSION_DENIED, () -> live.changeMedia(vie.id(), true, null, null, NOW));
            assertFails(ErrorCode.PERMISSION_DENIED, () -> live.changeMedia(vie.id(), null, true, null, NOW));
            assertFalse(live.changeMedia(vie.id(), null, null, false, NOW).media().chat());
            assertTrue(live.changeMedia(vie.id(), null, null, true, NOW).media().chat());
        }

        @Test
        void an_audience_starts_without_chat_and_may_not_turn_it_on() {
            LiveRoom withAudience = people.open(RoomDrafts.group().audiences(5).build());
            Participant aud = people.join(withAudience, "aud", Role.AUDIENCE);

            assertFalse(aud.media().chat());
            assertFails(ErrorCode.PERMISSION_DENIED, () -> withAudience.changeMedia(aud.id(), null, null, true, NOW));
        }

        @Test
        void turning_something_off_needs_no_permission_and_the_same_state_records_nothing() {
            Participant vie = people.join(live, "vie", Role.VIEWER);
            int recorded = live.recordedEvents().size();

            live.changeMedia(vie.id(), false, false, null, NOW);

            assertEquals(recorded, live.recordedEvents().size());
        }

        @Test
        void in_a_lecture_a_participant_publishes_only_once_a_moderator_grants_it() {
            LiveRoom lecture = people.open(RoomDrafts.group().mode("LECTURE").build());
            Participant mod = people.join(lecture, "mod", Role.MODERATOR);
            Participant ada = people.join(lecture, "ada", Role.PARTICIPANT);
            lecture.joinCall(ada.id(), NOW);
            assertFails(ErrorCode.PERMISSION_DENIED, () -> lecture.changeMedia(ada.id(), true, null, null, NOW));

            assertTrue(lecture.raiseHand(ada.id(), true, NOW).handRaised());
            Participant granted = lecture.grantPublishing(actor(mod), ada.id(), true, NOW);
            assertTrue(granted.publishingGranted());
            assertFalse(granted.handRaised(), "the grant answers the raised hand");

            Participant speaking = lecture.changeMedia(ada.id(), true, true, null, NOW);
            lecture.startScreenShare(ada.id(), false, NOW);
            assertEquals(new MediaState(true, true, false, true), speaking.media());

            Participant withdrawn = lecture.grantPublishing(actor(mod), ada.id(), false, NOW);
            assertEquals(new MediaState(false, false, false, true), withdrawn.media());
            assertTrue(lecture.presenter().isEmpty());
            assertEquals(new PresenterChanged(null, ada.id()), events(lecture, PresenterChanged.class).get(1));
        }

        @Test
        void only_who_may_change_roles_grants_publishing_and_only_in_a_lecture() {
            LiveRoom lecture = people.open(RoomDrafts.group().mode("LECTURE").build());
            Participant ada = people.join(lecture, "ada", Role.PARTICIPANT);
            Participant bob = people.join(lecture, "bob", Role.PARTICIPANT);
            Participant groupAda = people.join(live, "ada", Role.PARTICIPANT);

            assertFails(ErrorCode.PERMISSION_DENIED, () -> lecture.grantPublishing(actor(bob), ada.id(), true, NOW));
            assertFails(ErrorCode.NOT_A_LECTURE, () -> live.grantPublishing(Actor.service(), groupAda.id(), true, NOW));
        }

        @Test
        void a_raised_hand_can_be_lowered_and_raising_it_twice_records_once() {
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            int recorded = live.recordedEvents().size();

            live.raiseHand(ada.id(), true, NOW);
            live.raiseHand(ada.id(), true, NOW);
            assertEquals(recorded + 1, live.recordedEvents().size());

            assertFalse(live.raiseHand(ada.id(), false, NOW).handRaised());
        }
    }

    @Nested
    class ScreenShare {
        private final LiveRoom live = people.open(RoomDrafts.group().build());
        private final Participant mod = people.join(live, "mod", Role.MODERATOR);
        private final Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        private final Participant bob = people.join(live, "bob", Role.PARTICIPANT);

        {
            live.joinCall(mod.id(), NOW);
            live.joinCall(ada.id(), NOW);
            live.joinCall(bob.id(), NOW);
        }

        @Test
        void one_presenter_at_a_time() {
            live.startScreenShare(ada.id(), false, NOW);

            assertFails(ErrorCode.PRESENTER_EXISTS, () -> live.startScreenShare(bob.id(), false, NOW));
            assertFails(ErrorCode.PERMISSION_DENIED, () -> live.startScreenShare(bob.id(), true, NOW));
            assertEquals(ada.id(), live.presenter().orElseThrow().id());
            assertEquals(List.of(new PresenterChanged(ada.id(), null)), events(live, PresenterChanged.class));
        }

        @Test
        void a_moderator_may_take_over_the_screen() {
            live.startScreenShare(ada.id(), false, NOW);

            live.startScreenShare(mod.id(), true, NOW);

            assertEquals(mod.id(), live.presenter().orElseThrow().id());
            assertFalse(current(live, ada).media().screen());
            assertEquals(new PresenterChanged(mod.id(), ada.id()), events(live, PresenterChanged.class).get(1));
            MediaStateChanged adaOff = events(live, MediaStateChanged.class).stream()
                    .filter(change -> change.participantId().equals(ada.id()) && !change.media().screen())
                    .reduce((first, second) -> second).orElseThrow();
            assertEquals(mod.id(), adaOff.changedBy());
        }

        @Test
        void even_a_moderator_needs_take_over_to_replace_a_presenter() {
            live.startScreenShare(ada.id(), false, NOW);

            assertFails(ErrorCode.PRESENTER_EXISTS, () -> live.startScreenShare(mod.id(), false, NOW));
        }

        @Test
        void a_presenter_who_leaves_the_room_stops_presenting() {
            live.startScreenShare(ada.id(), false, NOW);

            live.leave(ada.id(), NOW);

            assertTrue(live.presenter().isEmpty());
            assertEquals(new PresenterChanged(null, ada.id()), events(live, PresenterChanged.class).get(1));
            live.startScreenShare(bob.id(), false, NOW);
        }

        @Test
        void stopping_ends_the_presentation_and_stopping_again_records_nothing() {
            live.startScreenShare(ada.id(), false, NOW);

            live.stopScreenShare(ada.id(), NOW);
            int recorded = live.recordedEvents().size();
            live.stopScreenShare(ada.id(), NOW);

            assertTrue(live.presenter().isEmpty());
            assertEquals(recorded, live.recordedEvents().size());
        }

        @Test
        void sharing_needs_the_call_and_the_permission() {
            Participant outside = people.join(live, "out", Role.PARTICIPANT);
            Participant viewer = people.join(live, "vie", Role.VIEWER);
            live.joinCall(viewer.id(), NOW);

            assertFails(ErrorCode.NOT_IN_CALL, () -> live.startScreenShare(outside.id(), false, NOW));
            assertFails(ErrorCode.PERMISSION_DENIED, () -> live.startScreenShare(viewer.id(), false, NOW));
        }

        @Test
        void nobody_shares_in_a_room_with_screen_sharing_off() {
            LiveRoom off = people.open(RoomDrafts.group().media(new MediaDraft(null, false, null, null, null, null, null)).build());
            Participant owner = people.join(off, "own", Role.OWNER);
            off.joinCall(owner.id(), NOW);

            assertFails(ErrorCode.SCREEN_SHARE_DISABLED, () -> off.startScreenShare(owner.id(), false, NOW));
        }
    }

    @Nested
    class Moderation {
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
            assertEquals(new RoleChanged(par.id(), Role.PARTICIPANT, Role.MODERATOR, own.id()),
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

    @Nested
    class Topology {
        private final LiveRoom live = people.open(RoomDrafts.group().topology(new TopologyDraft("MESH", 3)).build());

        @Test
        void a_mesh_room_becomes_sfu_when_the_admitted_count_reaches_auto_upgrade_at() {
            people.join(live, "ada", Role.PARTICIPANT);
            people.join(live, "bob", Role.PARTICIPANT);
            assertEquals(TopologyKind.MESH, live.topology());

            people.join(live, "cyd", Role.PARTICIPANT);

            assertEquals(TopologyKind.SFU, live.topology());
            assertEquals(List.of(new TopologyUpgraded(TopologyKind.MESH, TopologyKind.SFU, 3)), events(live, TopologyUpgraded.class));
        }

        @Test
        void the_room_stays_sfu_while_the_session_runs_and_is_mesh_again_for_the_next_one() {
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Participant bob = people.join(live, "bob", Role.PARTICIPANT);
            Participant cyd = people.join(live, "cyd", Role.PARTICIPANT);
            live.leave(bob.id(), NOW);
            live.leave(cyd.id(), NOW);
            assertEquals(TopologyKind.SFU, live.topology());
            live.leave(ada.id(), NOW);

            live.tick(NOW.plusSeconds(60));

            assertEquals(List.of(new SessionClosed(CloseReason.EMPTY)), events(live, SessionClosed.class));
            assertEquals(TopologyKind.MESH, live.topology());
            assertEquals(TopologyKind.MESH, live.clocks().topology());
        }

        @Test
        void a_room_without_auto_upgrade_stays_mesh() {
            LiveRoom plain = people.open(RoomDrafts.group().build());
            for (int i = 0; i < 10; i++) {
                people.join(plain, "p" + i, Role.PARTICIPANT);
            }

            assertEquals(TopologyKind.MESH, plain.topology());
        }
    }

    @Nested
    class Timers {
        @Test
        void a_session_without_a_ping_for_the_presence_timeout_is_reaped() {
            LiveRoom live = people.open(RoomDrafts.group().build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Participant bob = people.join(live, "bob", Role.PARTICIPANT);
            Participant pinged = live.ping(bob.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);
            assertEquals(NOW.plusSeconds(50), pinged.presenceDeadline());

            live.tick(NOW.plusSeconds(29));
            assertEquals(2, live.participants().size());
            live.tick(NOW.plusSeconds(30));

            assertEquals(List.of(bob.id()), live.participants().stream().map(Participant::id).toList());
            assertEquals(LeaveReason.TIMEOUT, leftEvent(live, ada).reason());
        }

        @Test
        void pings_lost_in_a_store_outage_reap_nobody_until_the_grace_after_it_ran_out() {
            LiveRoom live = people.open(RoomDrafts.group().build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Instant outageFrom = NOW.plusSeconds(10);
            Instant graceUntil = NOW.plusSeconds(55).plus(LiveRooms.PRESENCE_TIMEOUT);

            live.excuseLostPings(outageFrom, graceUntil);
            live.tick(graceUntil.minusSeconds(1));
            assertEquals(List.of(ada.id()), live.participants().stream().map(Participant::id).toList());
            live.tick(graceUntil);

            assertEquals(LeaveReason.TIMEOUT, leftEvent(live, ada).reason());
        }

        @Test
        void a_session_that_stopped_pinging_before_the_outage_is_not_excused() {
            LiveRoom live = people.open(RoomDrafts.group().build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Participant bob = people.join(live, "bob", Role.PARTICIPANT);
            live.ping(bob.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);

            live.excuseLostPings(NOW.plusSeconds(40), NOW.plusSeconds(100));
            live.tick(NOW.plusSeconds(60));

            assertEquals(List.of(bob.id()), live.participants().stream().map(Participant::id).toList());
            assertEquals(LeaveReason.TIMEOUT, leftEvent(live, ada).reason());
            assertEquals(NOW.plusSeconds(100), live.participants().get(0).presenceDeadline());
        }

        @Test
        void a_tick_lets_nobody_in_who_it_reaps() {
            LiveRoom live = people.open(RoomDrafts.group().participants(1).lobby(false, true).build());
            Participant par = people.join(live, "par", Role.PARTICIPANT);
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Participant mod = people.join(live, "mod", Role.MODERATOR);
            assertEquals(ParticipantState.WAITING, stateOf(live, ada));
            live.ping(mod.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);

            live.tick(NOW.plusSeconds(30));

            assertEquals(List.of(mod.id()), live.participants().stream().map(Participant::id).toList());
            assertTrue(events(live, RoomEvent.ParticipantAdmitted.class).stream()
                    .noneMatch(event -> event.participant().id().equals(ada.id())), "a reaped session is not admitted first");
            assertEquals(LeaveReason.TIMEOUT, leftEvent(live, par).reason());
            assertEquals(LeaveReason.TIMEOUT, leftEvent(live, ada).reason());
        }

        @Test
        void a_tick_that_reaps_somebody_admitted_lets_in_who_waited_for_the_place() {
            LiveRoom live = people.open(RoomDrafts.group().participants(1).lobby(false, true).build());
            people.join(live, "par", Role.PARTICIPANT);
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Participant mod = people.join(live, "mod", Role.MODERATOR);
            live.ping(mod.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);
            live.ping(ada.id(), NOW.plusSeconds(20), LiveRooms.PRESENCE_TIMEOUT);

            live.tick(NOW.plusSeconds(30));

            assertEquals(ParticipantState.ADMITTED, stateOf(live, ada));
            assertEquals(NOW.plusSeconds(30), live.clocks().countChangedAt());
        }

        @Test
        void a_room_past_its_expiry_ends_and_everybody_leaves_expired() {
            Instant expires = NOW.plus(Duration.ofHours(1));
            LiveRoom live = people.open(RoomDrafts.group().window(null, expires).build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            keepAlive(live, expires.minusSeconds(1));

            live.tick(expires);

            assertEquals(RoomStatus.ENDED, live.room().status());
            assertEquals(LeaveReason.EXPIRED, leftEvent(live, ada).reason());
            assertEquals(List.of(new RoomEnded(CloseReason.EXPIRED)), events(live, RoomEnded.class));
            assertNull(live.nextDeadline(expires));
        }

        @Test
        void a_meeting_ends_at_its_end() {
            Instant start = NOW.plus(Duration.ofMinutes(10));
            LiveRoom live = people.open(RoomDrafts.scheduled(start, Duration.ofMinutes(30)).build());
            Participant mod = people.join(live, "mod", Role.MODERATOR);
            Instant end = start.plus(Duration.ofMinutes(30));
            keepAlive(live, end.minusSeconds(1));

            live.tick(end);

            assertEquals(RoomStatus.ENDED, live.room().status());
            assertEquals(LeaveReason.EXPIRED, leftEvent(live, mod).reason());
            assertEquals(List.of(new RoomEnded(CloseReason.EXPIRED)), events(live, RoomEnded.class));
        }

        @Test
        void an_adhoc_room_nobody_used_ends_after_the_unused_timeout() {
            LiveRoom live = people.open(RoomDrafts.adhoc().build());
            assertEquals(NOW.plusSeconds(300), live.nextDeadline(NOW));

            live.tick(NOW.plusSeconds(299));
            assertEquals(List.of(), live.recordedEvents());
            live.tick(NOW.plusSeconds(300));

            assertEquals(RoomStatus.ENDED, live.room().status());
            assertEquals(List.of(new RoomEnded(CloseReason.UNUSED)), events(live, RoomEnded.class));
        }

        @Test
        void a_permanent_room_nobody_is_in_has_no_deadline() {
            LiveRoom live = people.open(RoomDrafts.group().build());

            assertNull(live.nextDeadline(NOW));
            live.tick(NOW.plus(Duration.ofDays(30)));
            assertEquals(List.of(), live.recordedEvents());
        }

        @Test
        void a_lobby_nobody_admitted_from_is_cleared_after_the_unused_timeout() {
            LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            keepAlive(live, NOW.plusSeconds(290));

            live.tick(NOW.plusSeconds(300));

            assertEquals(List.of(), live.participants());
            assertEquals(LeaveReason.SESSION_CLOSED, leftEvent(live, ada).reason());
            assertEquals(List.of(new SessionClosed(CloseReason.UNUSED)), events(live, SessionClosed.class));
            assertEquals(RoomStatus.OPEN, live.room().status());
        }

        @Test
        void a_reusable_room_left_empty_is_open_again_after_the_empty_timeout() {
            LiveRoom live = people.open(RoomDrafts.group().build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            live.leave(ada.id(), NOW.plusSeconds(10));
            assertEquals(NOW.plusSeconds(70), live.nextDeadline(NOW.plusSeconds(10)));

            live.tick(NOW.plusSeconds(69));
            assertEquals(RoomStatus.ACTIVE, live.room().status());
            live.tick(NOW.plusSeconds(70));

            assertEquals(RoomStatus.OPEN, live.room().status());
            assertEquals(List.of(new SessionClosed(CloseReason.EMPTY)), events(live, SessionClosed.class));
            assertNull(live.clocks().activatedAt());
            assertNull(live.nextDeadline(NOW.plusSeconds(70)));
        }

        @Test
        void an_adhoc_room_ends_once_the_last_one_left_and_the_empty_timeout_ran_out() {
            LiveRoom live = people.open(RoomDrafts.adhoc().lifetime(new LifetimeDraft(null, 0, null, null)).build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            live.leave(ada.id(), NOW.plusSeconds(10));

            live.tick(NOW.plusSeconds(10));

            assertEquals(RoomStatus.ENDED, live.room().status());
            assertEquals(List.of(new RoomEnded(CloseReason.EMPTY)), events(live, RoomEnded.class));
        }

        @Test
        void one_person_left_alone_for_the_solo_timeout_closes_the_session() {
            LiveRoom live = people.open(RoomDrafts.group().lifetime(new LifetimeDraft(null, null, 120, null)).build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Participant bob = people.join(live, "bob", Role.PARTICIPANT);
            live.leave(bob.id(), NOW.plusSeconds(10));
            for (int s = 30; s < 130; s += 20) {
                keepAlive(live, NOW.plusSeconds(s));
                live.tick(NOW.plusSeconds(s));
            }
            assertEquals(RoomStatus.ACTIVE, live.room().status());

            live.tick(NOW.plusSeconds(130));

            assertEquals(List.of(new SessionClosed(CloseReason.SOLO)), events(live, SessionClosed.class));
            assertEquals(LeaveReason.SESSION_CLOSED, leftEvent(live, ada).reason());
        }

        @Test
        void a_session_closes_after_its_maximum_duration() {
            LiveRoom live = people.open(RoomDrafts.group().lifetime(new LifetimeDraft(null, null, null, 1)).build());
            people.join(live, "ada", Role.PARTICIPANT);
            people.join(live, "bob", Role.PARTICIPANT);
            keepAlive(live, NOW.plusSeconds(59));

            live.tick(NOW.plusSeconds(60));

            assertEquals(List.of(new SessionClosed(CloseReason.MAX_DURATION)), events(live, SessionClosed.class));
            assertEquals(List.of(), live.participants());
            assertEquals(RoomStatus.OPEN, live.room().status());
        }

        @Test
        void a_tick_with_nothing_due_records_and_changes_nothing() {
            LiveRoom live = people.open(RoomDrafts.group().build());
            people.join(live, "ada", Role.PARTICIPANT);
            int recorded = live.recordedEvents().size();
            SessionClocks clocks = live.clocks();
            List<Participant> before = live.participants();

            live.tick(NOW.plusSeconds(5));
            live.tick(NOW.plusSeconds(5));

            assertEquals(recorded, live.recordedEvents().size());
            assertEquals(clocks, live.clocks());
            assertEquals(before, live.participants());
        }

        @Test
        void after_a_tick_the_next_deadline_is_later_than_the_tick() {
            LiveRoom live = people.open(RoomDrafts.adhoc().lifetime(new LifetimeDraft(null, 0, 60, 2)).build());
            people.join(live, "ada", Role.PARTICIPANT);
            Instant now = NOW;
            for (int i = 0; i < 20 && live.nextDeadline(now) != null; i++) {
                now = live.nextDeadline(now);
                live.tick(now);
                Instant next = live.nextDeadline(now);
                assertTrue(next == null || next.isAfter(now), next + " after a tick at " + now);
            }
            assertEquals(RoomStatus.ENDED, live.room().status());
        }
    }

    @Nested
    class Events {
        @Test
        void events_are_numbered_one_two_three_in_a_new_room() {
            LiveRoom live = people.open(RoomDrafts.group().build());
            people.join(live, "ada", Role.PARTICIPANT);
            people.join(live, "bob", Role.PARTICIPANT);

            assertEquals(List.of(1L, 2L, 3L), live.recordedEvents().stream().map(RecordedEvent::sequence).toList());
            RecordedEvent first = live.recordedEvents().get(0);
            assertEquals(live.room().id().value() + ":1", first.id());
            assertEquals(live.room().tenantId(), first.tenantId());
            assertEquals(NOW, first.occurredAt());
        }

        @Test
        void numbering_continues_from_the_stored_last_sequence() {
            Room room = people.open(RoomDrafts.group().build()).room();
            LiveRoom live = LiveRoom.reconstitute(room, new SessionClocks(null, NOW, NOW, TopologyKind.MESH, 41),
                    List.of(), Set.of());

            people.join(live, "ada", Role.PARTICIPANT);

            assertEquals(List.of(42L, 43L), live.recordedEvents().stream().map(RecordedEvent::sequence).toList());
            assertEquals(43L, live.clocks().lastSequence());
        }

        @Test
        void a_reloaded_room_lists_its_people_in_the_order_they_came_and_records_afresh() {
            LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Participant bob = people.join(live, "bob", Role.PARTICIPANT);

            LiveRoom reloaded = LiveRooms.reloaded(live, List.of());

            assertEquals(List.of(ada.id(), bob.id()), reloaded.lobby().stream().map(Participant::id).toList());
            assertEquals(List.of(), reloaded.recordedEvents());
            assertEquals(List.of(), reloaded.changedParticipants());
        }

        @Test
        void changed_and_departed_participants_are_what_persistence_saves() {
            LiveRoom live = people.open(RoomDrafts.group().build());
            Participant ada = people.join(live, "ada", Role.PARTICIPANT);
            Participant bob = people.join(live, "bob", Role.PARTICIPANT);

            live.leave(ada.id(), NOW);

            assertEquals(List.of(bob), live.changedParticipants());
            assertEquals(Set.of(ada.id()), live.departedParticipants());
        }
    }

    @Nested
    class Chat {
        private final LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).audiences(1).build());
        private final Participant own = people.join(live, "own", Role.OWNER);

        @Test
        void a_message_takes_the_sequence_of_its_event_as_its_id() {
            ChatMessage message = live.postMessage(own.id(), "Hello", NOW);

            RecordedEvent posted = live.recordedEvents().get(live.recordedEvents().size() - 1);
            assertEquals(posted.sequence(), message.id());
            assertEquals(new MessagePosted(message.id(), own.id(), "Person own", "Hello"), posted.event());
            assertEquals(new ChatMessage(live.room().id(), message.id(), own.id(), new UserRef("own"), "Person own", "Hello", NOW),
                    message);
        }

        @Test
        void messages_are_numbered_in_the_order_they_are_posted() {
            ChatMessage first = live.postMessage(own.id(), "one", NOW);
            ChatMessage second = live.postMessage(own.id(), "two", NOW);

            assertEquals(first.id() + 1, second.id());
        }

        @Test
        void only_somebody_admitted_with_the_chat_permission_posts() {
            Participant knocker = people.join(live, "kno", Role.PARTICIPANT);
            Participant audience = people.join(live, "aud", Role.AUDIENCE);
            Participant admittedAudience = live.admit(Actor.service(), audience.id(), NOW);

            assertFails(ErrorCode.NOT_ADMITTED, () -> live.postMessage(knocker.id(), "let me in", NOW));
            assertFails(ErrorCode.PERMISSION_DENIED, () -> live.postMessage(admittedAudience.id(), "hi", NOW));
        }

        @Test
        void a_message_is_one_byte_to_thirty_two_kib_of_utf8_and_not_only_white_space() {
            String twoByte = "\u00e9";

            live.postMessage(own.id(), "a".repeat(ChatMessage.MAX_TEXT_BYTES), NOW);
            live.postMessage(own.id(), twoByte.repeat(ChatMessage.MAX_TEXT_BYTES / 2), NOW);
            assertViolations(() -> live.postMessage(own.id(), "a".repeat(ChatMessage.MAX_TEXT_BYTES + 1), NOW),
                    violation("text", ViolationCode.TOO_LONG));
            assertViolations(() -> live.postMessage(own.id(), twoByte.repeat(ChatMessage.MAX_TEXT_BYTES / 2) + "a", NOW),
                    violation("text", ViolationCode.TOO_LONG));
            assertViolations(() -> live.postMessage(own.id(), " \n\t", NOW), violation("text", ViolationCode.REQUIRED));
            assertViolations(() -> live.postMessage(own.id(), "", NOW), violation("text", ViolationCode.REQUIRED));
            assertViolations(() -> live.postMessage(own.id(), null, NOW), violation("text", ViolationCode.REQUIRED));
        }

        @Test
        void an_invitation_is_recorded_for_the_notification_but_not_in_an_ended_room() {
            var invitation = new RoomEvent.InvitationIssued(new UserRef("bob"), "Bob", "bob@example.com", "Review", null,
                    NOW, 30);
            live.recordInvitation(invitation, NOW);
            assertEquals(invitation, events(live).get(events(live).size() - 1));

            live.endForEveryone(Actor.service(), NOW);
            assertFails(ErrorCode.ROOM_ENDED, () -> live.recordInvitation(invitation, NOW));
        }
    }
}
