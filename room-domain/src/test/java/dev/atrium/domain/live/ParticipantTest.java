package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.Map;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParticipantTest {
    private final LiveRooms people = LiveRooms.at(NOW);

    private Participant arriving(Role role, ParticipantState state) {
        return Participant.arriving(people.nextId(), new UserRef("ada"), "Ada", role, Map.of("seat", "1"), state, NOW,
                LiveRooms.PRESENCE_TIMEOUT, role.may(Permission.CHAT, RoomMode.GROUP));
    }

    @Test
    void a_person_arrives_out_of_the_call_with_everything_off_but_the_chat_the_role_allows() {
        Participant ada = arriving(Role.PARTICIPANT, ParticipantState.KNOCKING);

        assertFalse(ada.inCall());
        assertEquals(new MediaState(false, false, false, true), ada.media());
        assertFalse(ada.handRaised());
        assertFalse(ada.publishingGranted());
        assertEquals(NOW, ada.joinedAt());
        assertEquals(NOW, ada.lastPingAt());
        assertEquals(NOW.plus(LiveRooms.PRESENCE_TIMEOUT), ada.presenceDeadline());
    }

    @ParameterizedTest
    @EnumSource(value = ParticipantState.class, names = {"WAITING", "KNOCKING"})
    void waiting_and_knocking_are_the_lobby(ParticipantState state) {
        assertTrue(state.inLobby());
        assertFalse(arriving(Role.PARTICIPANT, state).isAdmitted());
    }

    @Test
    void admitted_is_in_the_room() {
        assertFalse(ParticipantState.ADMITTED.inLobby());
        assertTrue(arriving(Role.PARTICIPANT, ParticipantState.ADMITTED).isAdmitted());
    }

    @Test
    void only_an_admitted_moderating_role_counts_as_a_moderator_present() {
        assertTrue(arriving(Role.MODERATOR, ParticipantState.ADMITTED).isModerator(RoomMode.GROUP));
        assertTrue(arriving(Role.OWNER, ParticipantState.ADMITTED).isModerator(RoomMode.LECTURE));
        assertFalse(arriving(Role.MODERATOR, ParticipantState.KNOCKING).isModerator(RoomMode.GROUP));
        assertFalse(arriving(Role.PARTICIPANT, ParticipantState.ADMITTED).isModerator(RoomMode.GROUP));
    }

    @Test
    void a_publishing_grant_adds_in_a_lecture_what_the_role_may_publish_in_a_group_room() {
        Participant participant = arriving(Role.PARTICIPANT, ParticipantState.ADMITTED).withPublishing(true);
        Participant guest = arriving(Role.GUEST, ParticipantState.ADMITTED).withPublishing(true);
        Participant viewer = arriving(Role.VIEWER, ParticipantState.ADMITTED).withPublishing(true);

        assertTrue(participant.may(Permission.PUBLISH_AUDIO, RoomMode.LECTURE));
        assertTrue(participant.may(Permission.SHARE_SCREEN, RoomMode.LECTURE));
        assertTrue(guest.may(Permission.PUBLISH_VIDEO, RoomMode.LECTURE));
        assertFalse(guest.may(Permission.SHARE_SCREEN, RoomMode.LECTURE));
        assertFalse(viewer.may(Permission.PUBLISH_AUDIO, RoomMode.LECTURE));
    }

    @Test
    void a_publishing_grant_never_adds_moderation() {
        Participant granted = arriving(Role.PARTICIPANT, ParticipantState.ADMITTED).withPublishing(true);

        for (Permission permission : new Permission[]{Permission.ADMIT_FROM_LOBBY, Permission.REMOVE_PARTICIPANT,
                Permission.CHANGE_ROLES, Permission.MUTE_OTHERS, Permission.END_ROOM, Permission.RECORD}) {
            assertFalse(granted.may(permission, RoomMode.LECTURE), permission.name());
        }
    }

    @Test
    void without_a_grant_a_lecture_participant_only_listens_and_chats() {
        Participant participant = arriving(Role.PARTICIPANT, ParticipantState.ADMITTED);

        assertFalse(participant.may(Permission.PUBLISH_AUDIO, RoomMode.LECTURE));
        assertTrue(participant.may(Permission.SUBSCRIBE, RoomMode.LECTURE));
        assertTrue(participant.may(Permission.CHAT, RoomMode.LECTURE));
    }

    @Test
    void granting_publishing_lowers_the_hand_and_withdrawing_it_leaves_the_hand_alone() {
        Participant raised = arriving(Role.PARTICIPANT, ParticipantState.ADMITTED).withHand(true);

        assertFalse(raised.withPublishing(true).handRaised());
        assertTrue(raised.withPublishing(false).handRaised());
    }

    @Test
    void leaving_the_call_turns_the_call_media_off() {
        Participant inCall = arriving(Role.PARTICIPANT, ParticipantState.ADMITTED).inCall(true)
                .withMedia(new MediaState(true, true, true, true));

        assertEquals(new MediaState(false, false, false, true), inCall.inCall(false).media());
        assertEquals(new MediaState(true, true, true, true), inCall.inCall(true).media());
    }

    @Test
    void metadata_is_copied() {
        Map<String, String> metadata = new HashMap<>(Map.of("seat", "1"));
        Participant ada = Participant.arriving(people.nextId(), new UserRef("ada"), "Ada", Role.PARTICIPANT, metadata,
                ParticipantState.ADMITTED, NOW, LiveRooms.PRESENCE_TIMEOUT, true);
        metadata.put("seat", "2");

        assertEquals(Map.of("seat", "1"), ada.metadata());
    }
    @Test
    void after_an_event_about_them_a_participant_is_admitted_has_the_new_role_and_media_and_after_others_stays() {
        Participant ada = arriving(Role.PARTICIPANT, ParticipantState.KNOCKING);
        Participant admitted = ada.inState(ParticipantState.ADMITTED);
        assertEquals(admitted, Participant.after(ada, new RoomEvent.ParticipantAdmitted(admitted)));
        assertEquals(Role.VIEWER, Participant.after(admitted, new RoomEvent.RoleChanged(ada.id(), ParticipantState.ADMITTED,
                Role.PARTICIPANT, Role.VIEWER, null)).role());
        MediaState on = new MediaState(true, false, true, true);
        Participant changed = Participant.after(admitted, new RoomEvent.MediaStateChanged(ada.id(), ParticipantState.ADMITTED, true, on,
                true, true, null));
        assertEquals(on, changed.media());
        assertTrue(changed.inCall());
        assertTrue(changed.handRaised());
        assertTrue(changed.publishingGranted());

        ParticipantId other = people.nextId();
        assertEquals(admitted, Participant.after(admitted, new RoomEvent.RoleChanged(other, ParticipantState.ADMITTED,
                Role.PARTICIPANT, Role.VIEWER, null)));
        assertEquals(admitted, Participant.after(admitted, new RoomEvent.MediaStateChanged(other, ParticipantState.ADMITTED, true, on,
                true, true, null)));
    }
}
