package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.live.MediaState;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Participant to row and back; the media flags are columns of their own. */
@Mapper(config = PersistenceMapperConfig.class, uses = {TimestampColumns.class, ParticipantMetadataColumn.class})
interface ParticipantRowMapper {

    @Mapping(target = "id", source = "participant.id.value")
    @Mapping(target = "roomId", source = "roomId.value")
    @Mapping(target = "userRef", source = "participant.userRef.value")
    @Mapping(target = "microphone", source = "participant.media.microphone")
    @Mapping(target = "camera", source = "participant.media.camera")
    @Mapping(target = "screen", source = "participant.media.screen")
    @Mapping(target = "chat", source = "participant.media.chat")
    ParticipantRow toRow(RoomId roomId, Participant participant);

    @Mapping(target = "media", source = ".")
    Participant toParticipant(ParticipantRow row);

    MediaState toMedia(ParticipantRow row);

    default ParticipantId toParticipantId(String value) {
        return new ParticipantId(value);
    }

    default UserRef toUserRef(String value) {
        return new UserRef(value);
    }
}
