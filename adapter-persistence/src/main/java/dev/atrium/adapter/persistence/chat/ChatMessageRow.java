package dev.atrium.adapter.persistence.chat;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A chat message as one row of {@code chat_messages}. */
@MappedEntity(value = "chat_messages", escape = false)
record ChatMessageRow(@EmbeddedId ChatMessageKey key, String author, String authorRef, String authorName, String text,
                      @TimestampColumn OffsetDateTime postedAt) {
}
