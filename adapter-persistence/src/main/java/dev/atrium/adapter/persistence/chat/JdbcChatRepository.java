package dev.atrium.adapter.persistence.chat;

import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.application.port.out.ChatRepository;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.room.RoomId;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Chat messages in {@code chat_messages}; an append joins the transaction that recorded the message's event. */
@Singleton
@ReportsStoreOutages
class JdbcChatRepository implements ChatRepository {
    private final ChatMessageRowRepository rows;
    private final ChatMessageRowMapper mapper;

    JdbcChatRepository(ChatMessageRowRepository rows, ChatMessageRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void append(ChatMessage message) {
        rows.save(mapper.toRow(message));
    }

    @Override
    public List<ChatMessage> after(RoomId roomId, long after, int limit) {
        return rows.findAfter(roomId.value(), after, limit).stream().map(mapper::toMessage).toList();
    }
}
