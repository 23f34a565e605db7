package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.ChatMessage;

/** A participant writes in the room's chat. */
public interface PostChatMessageUseCase {
    /** Needs an admitted participant of the named room with the CHAT permission; the text is 1 to 32 KiB. */
    ChatMessage post(SessionInRoom session, String text);
}
