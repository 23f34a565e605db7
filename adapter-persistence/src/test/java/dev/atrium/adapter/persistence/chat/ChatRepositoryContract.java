package dev.atrium.adapter.persistence.chat;

import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.application.port.out.ChatRepository;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.Room;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contract of {@link ChatRepository}, run on every supported database ({@link JdbcChatRepositoryIT}). */
abstract class ChatRepositoryContract extends SharedDatabaseSuite {
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.123456Z");

    private ChatRepository chat;
    private StoredRooms stored;

    @BeforeAll
    void findPorts() {
        chat = context().bean(ChatRepository.class);
        stored = new StoredRooms(context(), NOW);
    }

    @Test
    void messagesComeBackAfterAnIdInIdOrderUpToTheLimit() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        Room other = stored.newRoom(RoomDrafts.group().build());
        List<ChatMessage> posted = LongStream.of(7, 3, 12, 5, 9).mapToObj(id -> message(room, id)).toList();
        posted.forEach(chat::append);
        chat.append(message(other, 4));

        assertEquals(List.of(3L, 5L, 7L, 9L, 12L), ids(chat.after(room.id(), 0, 100)));
        assertEquals(List.of(7L, 9L), ids(chat.after(room.id(), 5, 2)));
        assertEquals(List.of(), chat.after(room.id(), 12, 100));
        assertEquals(List.of(message(other, 4)), chat.after(other.id(), 0, 100));
    }

    @Test
    void aMessageComesBackAsItWasPosted() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ChatMessage posted = new ChatMessage(room.id(), 1, ParticipantId.next(NOW, new SplittableRandom()), new UserRef("ada"),
                "Ada \uD83D\uDE00", "x".repeat(20_000) + " \u00e9\n\uD83D\uDE00", NOW);

        chat.append(posted);

        assertEquals(List.of(posted), chat.after(room.id(), 0, 10));
    }

    private static List<Long> ids(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::id).toList();
    }

    private static ChatMessage message(Room room, long id) {
        return new ChatMessage(room.id(), id, new ParticipantId("pt_" + "0".repeat(26 - Long.toString(id).length()) + id),
                new UserRef("user-" + id), "Person " + id, "message " + id, NOW.plusSeconds(id));
    }
}
