package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.actor;
import static dev.atrium.domain.live.LiveRoomChecks.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The call and what people send in it ({@link MediaRules}), through the root. */
class MediaRulesTest {
    private final LiveRooms people = LiveRooms.at(NOW);
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
