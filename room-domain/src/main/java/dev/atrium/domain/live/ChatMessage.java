package dev.atrium.domain.live;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.FieldViolation;
import dev.atrium.domain.shared.TextForm;
import dev.atrium.domain.shared.ViolationCode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * Why a text may not be posted, or empty when it may: it must be 1 to 32 KiB of UTF-8, not only
     * white space, and multi-line text ({@link TextForm#MULTI_LINE}).
     */
    static Optional<FieldViolation> refusalOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(new FieldViolation("text", ViolationCode.REQUIRED, "must not be empty or only white space"));
        }
        if (!TextForm.MULTI_LINE.admits(text)) {
            return Optional.of(new FieldViolation("text", ViolationCode.INVALID_CHARACTER, TextForm.MULTI_LINE.expectation()));
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            return Optional.of(new FieldViolation("text", ViolationCode.TOO_LONG, "must be at most " + MAX_TEXT_BYTES + " bytes of UTF-8"));
        }
        return Optional.empty();
    }
}
