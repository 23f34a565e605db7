package dev.atrium.adapter.rest.live;

import dev.atrium.application.event.ParticipantDocument;
import dev.atrium.domain.live.MediaState;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.ParticipantState;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A participant inside an event (docs/signaling.md) is the participant the REST API answers with:
 * the same fields, names, order and values, so a client keeps one model of a person.
 */
class ParticipantInEventsTest {

    @Test
    void a_participant_in_an_event_is_the_participant_of_the_rest_api() throws ReflectiveOperationException {
        Instant joined = Instant.parse("2030-01-31T09:00:00Z");
        Participant participant = new Participant(new ParticipantId("pt_01JKQ48A2B3C4D5E6F7G8H9J0K"), new UserRef("u-3003"),
                "Alice", Role.MODERATOR, Map.of("team", "blue"), ParticipantState.ADMITTED, joined, joined.plusSeconds(9),
                joined.plusSeconds(39), true, new MediaState(true, false, true, false), true, false);

        ParticipantResponse response = new LiveRestMapperImpl().toResponse(participant);

        assertEquals(fieldsOf(response), ParticipantDocument.of(participant));
        assertEquals(String.join(",", fieldsOf(response).keySet()), String.join(",", ParticipantDocument.of(participant).keySet()));
    }

    /** A response record as the JSON it is written as: its components by name, nested records likewise. */
    private static Map<String, Object> fieldsOf(Record document) throws IllegalAccessException, InvocationTargetException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : document.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(document);
            fields.put(component.getName(), value instanceof Record nested ? fieldsOf(nested) : value);
        }
        return fields;
    }
}
