package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.ChatMessage;

import java.util.List;

/** A room's chat: posted by participants, read by participants and by the tenant's service. */
public interface ChatUseCase {
    int MAX_PAGE = 200;

    /** Needs an admitted participant of the named room with the CHAT permission; the text is 1 to 32 KiB. */
    ChatMessage post(SessionInRoom session, String text);

    /**
     * Up to {@code limit} messages with an id above {@code after}, oldest first; at once, possibly
     * none. The service reads any room of its tenant; a participant reads while admitted with the
     * CHAT permission (NOT_ADMITTED from the lobby, PERMISSION_DENIED for an audience).
     */
    List<ChatMessage> after(RoomCaller reader, long after, int limit);
}
