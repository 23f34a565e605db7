package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.adapter.rest.mapping.RestValueMappings;
import dev.atrium.adapter.rest.room.RoomResponse;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.SessionRefresh;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/** Participants, sessions and chat messages as the API shows them. */
@Mapper(config = RestMapperConfig.class)
public interface LiveRestMapper extends RestValueMappings {

    @Mapping(target = "participantId", source = "id")
    @Mapping(target = "displayName", source = "name")
    @Mapping(target = "status", source = "state")
    ParticipantResponse toResponse(Participant participant);

    List<ParticipantResponse> toResponses(List<Participant> participants);

    default ParticipantListResponse toListResponse(List<Participant> participants) {
        return new ParticipantListResponse(toResponses(participants));
    }

    /** {@code room} is the session's room as the room mapper writes it. */
    @Mapping(target = "participantId", source = "session.participant.id")
    @Mapping(target = "credential", source = "session.credential")
    @Mapping(target = "credentialExpiresAt", source = "session.credentialExpiresAt")
    @Mapping(target = "role", source = "session.participant.role")
    @Mapping(target = "status", source = "session.participant.state")
    @Mapping(target = "room", source = "room")
    @Mapping(target = "topology", source = "room.topology")
    @Mapping(target = "participants", source = "session.room.participants")
    SessionResponse toResponse(ParticipantSession session, RoomResponse room);

    PingResponse toResponse(SessionRefresh refresh);

    @Mapping(target = "authorDisplayName", source = "authorName")
    MessageResponse toResponse(ChatMessage message);

    List<MessageResponse> toMessageResponses(List<ChatMessage> messages);

    default MessageListResponse toMessageListResponse(List<ChatMessage> messages) {
        return new MessageListResponse(toMessageResponses(messages));
    }

    default String text(ParticipantId id) {
        return id.value();
    }
}
