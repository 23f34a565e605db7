package dev.atrium.adapter.persistence.chat;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of {@code chat_messages}: a room and the sequence of the message's event. */
@Embeddable
record ChatMessageKey(@MappedProperty("room_id") String roomId, @MappedProperty("id") long id) {
}
