package dev.atrium.adapter.persistence;

import dev.atrium.domain.live.MediaState;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.member.UserRef;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A room event as the JSON payload of its outbox row, and back: each record's components by name,
 * values by their record components too. The row's {@code type} column ({@link RoomEvent#type()},
 * the record's simple name) says which record the payload is. The domain carries no annotations,
 * so the records are imported here.
 */
@Singleton
@SerdeImport(RoomEvent.RoomActivated.class)
@SerdeImport(RoomEvent.ParticipantJoined.class)
@SerdeImport(RoomEvent.KnockRequested.class)
@SerdeImport(RoomEvent.KnockAnswered.class)
@SerdeImport(RoomEvent.ParticipantAdmitted.class)
@SerdeImport(RoomEvent.ParticipantLeft.class)
@SerdeImport(RoomEvent.RoleChanged.class)
@SerdeImport(RoomEvent.MediaStateChanged.class)
@SerdeImport(RoomEvent.PresenterChanged.class)
@SerdeImport(RoomEvent.TopologyUpgraded.class)
@SerdeImport(RoomEvent.SessionClosed.class)
@SerdeImport(RoomEvent.RoomEnded.class)
@SerdeImport(RoomEvent.MessagePosted.class)
@SerdeImport(RoomEvent.InvitationIssued.class)
@SerdeImport(Participant.class)
@SerdeImport(ParticipantId.class)
@SerdeImport(UserRef.class)
@SerdeImport(MediaState.class)
class RoomEventCodec {
    private static final Map<String, Class<? extends RoomEvent>> TYPES = Arrays.stream(RoomEvent.class.getPermittedSubclasses())
            .map(type -> type.asSubclass(RoomEvent.class))
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private final JsonMapper jsonMapper;

    RoomEventCodec(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    String encode(RoomEvent event) {
        try {
            return write(event.getClass(), event);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a " + event.type() + " event as JSON", e);
        }
    }

    RoomEvent decode(String type, String payload) {
        Class<? extends RoomEvent> record = TYPES.get(type);
        if (record == null) {
            throw new DataAccessException("The outbox holds an event of an unknown type: " + type);
        }
        try {
            return jsonMapper.readValue(payload, Argument.of(record));
        } catch (IOException | RuntimeException e) {
            throw new DataAccessException("A stored " + type + " event is not readable: " + e.getMessage(), e);
        }
    }

    private <T extends RoomEvent> String write(Class<T> type, RoomEvent event) throws IOException {
        return jsonMapper.writeValueAsString(Argument.of(type), type.cast(event));
    }
}
