package dev.atrium.domain.live;

/**
 * What a participant sends and uses (Drumee's unified-room flags): microphone, camera and screen are
 * media of the call; {@code chat} says whether they take part in the room's chat.
 */
public record MediaState(boolean microphone, boolean camera, boolean screen, boolean chat) {
    public static final MediaState OFF = new MediaState(false, false, false, false);

    MediaState withoutCallMedia() {
        return new MediaState(false, false, false, chat);
    }

    MediaState withScreen(boolean on) {
        return new MediaState(microphone, camera, on, chat);
    }
}
