package dev.atrium.application.port.in.live;

import dev.atrium.application.port.in.SessionInRoom;

/**
 * A participant who had the room's events up to {@code afterSeq} comes back: their session as it is
 * now, and what they missed, when all of it is still kept. It locks nothing and saves nothing.
 */
public interface ResumeSessionUseCase {
    /** At most {@code maxMissed} missed events are replayed; a longer gap is answered without a replay. */
    Resumption resume(SessionInRoom session, long afterSeq, int maxMissed);
}
