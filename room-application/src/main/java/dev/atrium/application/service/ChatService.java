package dev.atrium.application.service;

import dev.atrium.application.port.in.live.PostChatMessageUseCase;
import dev.atrium.application.port.in.live.ReadChatUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.out.ChatRepository;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.util.List;

/**
 * A room's chat. Posting is a change of the live room (permission checked, event recorded and
 * message stored in one transaction), so a message and its event never exist one without the other.
 */
public final class ChatService implements PostChatMessageUseCase, ReadChatUseCase {
    private final LiveRoomChanges changes;
    private final ChatRepository chat;

    ChatService(LiveRoomChanges changes, ChatRepository chat) {
        this.changes = changes;
        this.chat = chat;
    }

    @Override
    public ChatMessage post(SessionInRoom session, String text) {
        return changes.apply(session.grant().tenantId(), changes.roomIdOf(session), (live, now) -> {
            ChatMessage message = live.postMessage(session.grant().participantId(), text, now);
            chat.append(message);
            return message;
        });
    }

    @Override
    public List<ChatMessage> read(RoomCaller reader, long after, int limit) {
        Violations violations = new Violations();
        if (after < 0) {
            violations.add("after", ViolationCode.OUT_OF_RANGE, "must be 0 or more");
        }
        violations.intInRange("limit", limit, limit, 1, MAX_PAGE);
        violations.throwIfAny("The chat query is not valid.");
        RoomId roomId = changes.roomIdOf(reader);
        if (reader.session() != null) {
            changes.read(reader.tenantId(), roomId).requireChatReader(reader.actor());
        }
        return chat.after(roomId, after, limit);
    }
}
