package dev.atrium.adapter.persistence.chat;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Chat message to row and back. */
@Mapper(config = PersistenceMapperConfig.class, uses = TimestampColumns.class)
interface ChatMessageRowMapper {

    @Mapping(target = "key", expression = "java(new ChatMessageKey(message.roomId().value(), message.id()))")
    @Mapping(target = "author", source = "author.value")
    @Mapping(target = "authorRef", source = "authorRef.value")
    ChatMessageRow toRow(ChatMessage message);

    @Mapping(target = "roomId", source = "key.roomId")
    @Mapping(target = "id", source = "key.id")
    ChatMessage toMessage(ChatMessageRow row);

    default RoomId toRoomId(String value) {
        return new RoomId(value);
    }

    default ParticipantId toParticipantId(String value) {
        return new ParticipantId(value);
    }

    default UserRef toUserRef(String value) {
        return new UserRef(value);
    }
}
