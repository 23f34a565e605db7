package dev.atrium.application.fakes;

import dev.atrium.application.port.out.ChatRepository;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.room.RoomId;

import java.util.ArrayList;
import java.util.List;

/** Chat messages in memory, in the order they were appended. */
public final class InMemoryChatRepository implements ChatRepository, InMemoryUnitOfWork.Participant {
    private final List<ChatMessage> messages = new ArrayList<>();

    @Override
    public synchronized void append(ChatMessage message) {
        messages.add(message);
    }

    @Override
    public synchronized List<ChatMessage> after(RoomId roomId, long after, int limit) {
        return messages.stream()
                .filter(message -> message.roomId().equals(roomId) && message.id() > after)
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        List<ChatMessage> copy = List.copyOf(messages);
        return () -> {
            synchronized (this) {
                messages.clear();
                messages.addAll(copy);
            }
        };
    }
}
