package dev.atrium.adapter.rest.live;

import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.live.RoomEvent.MessagePosted;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.tenant.TenantId;

import java.time.Instant;
import java.util.Random;

/** Rooms, chat messages and the events the relay publishes about them, for the wake-up tests. */
final class ChatEvents {
    private static final Instant AT = Instant.parse("2030-01-01T08:00:00Z");
    private static final ParticipantId AUTHOR = ParticipantId.next(AT, new Random(7));

    private ChatEvents() {
    }

    /** A room of its own tenant, the same for the same {@code seed}. */
    static ChatWakeUps.Room room(int seed) {
        return new ChatWakeUps.Room(TenantId.next(AT, new Random(seed)), RoomId.next(AT, new Random(seed)));
    }

    /** The same room id as {@code room}'s, in another tenant. */
    static ChatWakeUps.Room sameIdInAnotherTenant(ChatWakeUps.Room room) {
        return new ChatWakeUps.Room(TenantId.next(AT, new Random(room.tenantId().hashCode() + 1L)), room.roomId());
    }

    static ChatMessage message(ChatWakeUps.Room room, long id) {
        return new ChatMessage(room.roomId(), id, AUTHOR, new UserRef("u-1"), "Alice", "hello " + id, AT);
    }

    static RecordedEvent posted(ChatWakeUps.Room room, long sequence) {
        return recorded(room, sequence, new MessagePosted(sequence, AUTHOR, "Alice", "hello " + sequence));
    }

    /** An event of the room that is no chat message. */
    static RecordedEvent activated(ChatWakeUps.Room room, long sequence) {
        return recorded(room, sequence, new RoomEvent.RoomActivated(TopologyKind.MESH));
    }

    private static RecordedEvent recorded(ChatWakeUps.Room room, long sequence, RoomEvent event) {
        return new RecordedEvent(room.tenantId(), room.roomId(), sequence, AT, event);
    }
}
