package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.ChatMessage;

import java.util.List;

/** A room's chat, read by its participants and by the tenant's service. */
public interface ReadChatUseCase {
    int MAX_PAGE = 200;

    /**
     * Up to {@code limit} messages with an id above {@code after}, oldest first; at once, possibly
     * none. The service reads any room of its tenant; a participant reads while admitted with the
     * CHAT permission (NOT_ADMITTED from the lobby, PERMISSION_DENIED for an audience).
     */
    List<ChatMessage> read(RoomCaller reader, long after, int limit);
}
