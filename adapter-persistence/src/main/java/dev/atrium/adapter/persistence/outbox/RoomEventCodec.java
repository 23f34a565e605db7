package dev.atrium.adapter.persistence.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * so the records are imported here, each with every component written (absent and empty ones as
 * such), so that decoding rebuilds exactly what was encoded.
 */
@Singleton
@SerdeImport(value = RoomEvent.RoomActivated.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.ParticipantJoined.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.KnockRequested.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.KnockAnswered.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.ParticipantAdmitted.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.ParticipantLeft.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.RoleChanged.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.MediaStateChanged.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.PresenterChanged.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.TopologyUpgraded.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.SessionClosed.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.RoomEnded.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.MessagePosted.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = RoomEvent.InvitationIssued.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = Participant.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = ParticipantId.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = UserRef.class, mixin = RoomEventCodec.EveryComponent.class)
@SerdeImport(value = MediaState.class, mixin = RoomEventCodec.EveryComponent.class)
class RoomEventCodec {
    /** Every component is written, empty ones too: an empty metadata map must come back empty, not absent. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    interface EveryComponent {
    }

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
