package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RoomEvent.MessagePosted;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ViolationCode;
import org.junit.jupiter.api.Test;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Posting to the room's chat, through the root. */
class ChatTest {
    private final LiveRooms people = LiveRooms.at(NOW);
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
