package dev.atrium.application.port.out;

import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.room.RoomId;

import java.util.List;

/** The messages of rooms' chats. */
public interface ChatRepository {
    /** Stores a message in the current transaction (the one that recorded its event). */
    void append(ChatMessage message);

    /** Up to {@code limit} messages of the room with an id above {@code after}, by id. */
    List<ChatMessage> after(RoomId roomId, long after, int limit);
}
