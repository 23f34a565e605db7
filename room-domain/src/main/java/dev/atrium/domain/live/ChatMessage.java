package dev.atrium.domain.live;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A message of a room's chat. {@code id} is the sequence of its {@code MessagePosted} event, so
 * messages are totally ordered per room and "everything after id n" is one comparison.
 */
public record ChatMessage(RoomId roomId, long id, ParticipantId author, UserRef authorRef, String authorName, String text,
                          Instant postedAt) {
    public static final int MAX_TEXT_BYTES = 32 * 1024;

    public ChatMessage {
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorRef, "authorRef");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(postedAt, "postedAt");
    }

    /** Whether a text may be posted: 1 to 32 KiB of UTF-8, not only white space. */
    static boolean isPostable(String text) {
        return text != null && !text.isBlank() && text.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES;
    }
}
