package dev.atrium.application.event;

import dev.atrium.domain.fixtures.RoomEvents;
import dev.atrium.domain.live.ParticipantState;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.TopologyKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public form of events: one document per type, in the API's words, with nothing that is not for receivers. */
class EventDocumentTest {

    @Test
    void every_type_of_event_has_a_document_that_starts_with_the_envelope() {
        Set<String> permitted = Arrays.stream(RoomEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        List<RoomEvent> samples = RoomEvents.oneOfEachType();

        assertEquals(permitted, samples.stream().map(RoomEvent::type).collect(Collectors.toSet()));
        for (RoomEvent event : samples) {
            Map<String, Object> document = EventDocument.of(RoomEvents.recorded(event, 12));
            assertEquals(List.of("type", "id", "roomId", "seq", "occurredAt"),
                    List.copyOf(document.keySet()).subList(0, 5), event.type());
            assertEquals(event.type(), document.get("type"));
            assertEquals(RoomEvents.ROOM.value() + ":12", document.get("id"));
            assertEquals(12L, document.get("seq"));
            assertEquals("2030-01-31T09:00:12Z", document.get("occurredAt"));
        }
    }

    @Test
    void a_participant_arriving_is_the_participant_as_the_rest_api_shows_one() {
        Map<String, Object> document = EventDocument.of(RoomEvents.recorded(new RoomEvent.ParticipantJoined(RoomEvents.knocker()), 3));

        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("participantId", "pt_01JKQ48A2B3C4D5E6F7G8H9J0K");
        participant.put("userRef", "u-3003");
        participant.put("displayName", "Alice");
        participant.put("role", "PARTICIPANT");
        participant.put("status", "KNOCKING");
        participant.put("media", Map.of("microphone", false, "camera", false, "screen", false, "chat", true));
        participant.put("inCall", false);
        participant.put("handRaised", false);
        participant.put("publishingGranted", false);
        participant.put("joinedAt", "2030-01-31T09:00:12Z");
        participant.put("lastPingAt", "2030-01-31T09:00:12Z");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("type", "ParticipantJoined");
        expected.put("id", "rm_01JKQ3ZC5X7D2M8N4P6R9S1T3V:3");
        expected.put("roomId", "rm_01JKQ3ZC5X7D2M8N4P6R9S1T3V");
        expected.put("seq", 3L);
        expected.put("occurredAt", "2030-01-31T09:00:12Z");
        expected.put("participant", participant);
        assertEquals(expected, document);
        assertEquals(List.copyOf(participant.keySet()), List.copyOf(((Map<?, ?>) document.get("participant")).keySet()));
    }

    @Test
    void a_chat_message_is_the_message_as_the_chat_shows_it_text_included() {
        RecordedEvent posted = RoomEvents.recorded(new RoomEvent.MessagePosted(42, RoomEvents.PRESENT, "Bob", "Good\nmorning!"), 42);

        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", 42L);
        message.put("author", RoomEvents.PRESENT.value());
        message.put("authorDisplayName", "Bob");
        message.put("text", "Good\nmorning!");
        message.put("postedAt", "2030-01-31T09:00:12Z");
        assertEquals(message, EventDocument.of(posted).get("message"));
    }

    @Test
    void a_change_says_the_new_value_in_the_words_of_the_resource_and_the_old_one_as_previous() {
        Map<String, Object> role = EventDocument.of(RoomEvents.recorded(new RoomEvent.RoleChanged(RoomEvents.PRESENT,
                ParticipantState.ADMITTED, Role.PARTICIPANT, Role.MODERATOR, RoomEvents.MODERATOR), 7));
        Map<String, Object> presenter = EventDocument.of(RoomEvents.recorded(new RoomEvent.PresenterChanged(RoomEvents.PRESENT, null), 9));
        Map<String, Object> topology = EventDocument.of(RoomEvents.recorded(new RoomEvent.TopologyUpgraded(TopologyKind.MESH,
                TopologyKind.SFU, 5), 10));

        assertEquals(List.of("MODERATOR", "PARTICIPANT", RoomEvents.MODERATOR.value()),
                List.of(role.get("role"), role.get("previousRole"), role.get("changedBy")));
        assertEquals(Arrays.asList(RoomEvents.PRESENT.value(), null),
                Arrays.asList(presenter.get("presenter"), presenter.get("previousPresenter")));
        assertTrue(presenter.containsKey("previousPresenter"), "a field without a value is there, as null");
        assertEquals(List.of("SFU", "MESH", 5), List.of(topology.get("topology"), topology.get("previousTopology"),
                topology.get("admittedCount")));
    }

    @Test
    void an_invitation_names_the_member_and_the_meeting_but_never_the_address_it_goes_to() {
        RoomEvent.InvitationIssued invitation = new RoomEvent.InvitationIssued(new UserRef("u-5005"), "Cyd", "cyd@example.com",
                "Team standup", "What we did, what we do next", Instant.parse("2030-01-31T09:00:00Z"), 30);
        Map<String, Object> document = EventDocument.of(RoomEvents.recorded(invitation, 14));

        assertEquals(Map.of("userRef", "u-5005", "displayName", "Cyd"), document.get("member"));
        assertEquals(Map.of("name", "Team standup", "description", "What we did, what we do next",
                "startsAt", "2030-01-31T09:00:00Z", "durationMinutes", 30), document.get("meeting"));
        assertFalse(values(document).contains(invitation.email()), document.toString());
        assertFalse(keys(document).contains("email"), document.toString());
    }

    @Test
    void a_document_holds_only_json_values() {
        List<String> wrong = new ArrayList<>();
        for (RoomEvent event : RoomEvents.oneOfEachType()) {
            for (Object value : values(EventDocument.of(RoomEvents.recorded(event, 1)))) {
                if (!(value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                        || value instanceof Long)) {
                    wrong.add(event.type() + ": " + value.getClass().getName());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Every leaf value of a document, nested maps included. */
    private static List<Object> values(Map<?, ?> document) {
        List<Object> values = new ArrayList<>();
        document.values().forEach(value -> {
            if (value instanceof Map<?, ?> nested) {
                values.addAll(values(nested));
            } else {
                values.add(value);
            }
        });
        return values;
    }

    private static Set<Object> keys(Map<?, ?> document) {
        Set<Object> keys = new HashSet<>(document.keySet());
        document.values().stream().filter(Map.class::isInstance).forEach(nested -> keys.addAll(keys((Map<?, ?>) nested)));
        return keys;
    }
}
