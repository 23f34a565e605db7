package dev.atrium.adapter.persistence.chat;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChatMessageRowRepository extends GenericRepository<ChatMessageRow, ChatMessageKey> {

    ChatMessageRow save(ChatMessageRow row);

    @Query("""
            SELECT room_id, id, author, author_ref, author_name, text, posted_at FROM chat_messages
            WHERE room_id = :roomId AND id > :after ORDER BY id LIMIT :limit""")
    List<ChatMessageRow> findAfter(String roomId, long after, int limit);
}
