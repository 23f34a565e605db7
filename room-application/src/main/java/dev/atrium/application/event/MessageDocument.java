package dev.atrium.application.event;

import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.live.ParticipantId;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A chat message as every channel shows one: the REST API's message document (docs/api.md, "Post a
 * message"), field for field, which a {@code MessagePosted} event and a socket's reply carry too.
 */
public final class MessageDocument {
    private MessageDocument() {
    }

    public static Map<String, Object> of(ChatMessage message) {
        return of(message.id(), message.author(), message.authorName(), message.text(), message.postedAt());
    }

    static Map<String, Object> of(long id, ParticipantId author, String authorName, String text, Instant postedAt) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id);
        message.put("author", author.value());
        message.put("authorDisplayName", authorName);
        message.put("text", text);
        message.put("postedAt", postedAt.toString());
        return Collections.unmodifiableMap(message);
    }
}
