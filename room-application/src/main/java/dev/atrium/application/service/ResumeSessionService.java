package dev.atrium.application.service;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.GetSessionUseCase;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.ResumeSessionUseCase;
import dev.atrium.application.port.in.live.Resumption;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.domain.live.RecordedEvent;

import java.util.List;
import java.util.Optional;

/**
 * Reads the session first, then the events after the resume point: whatever is recorded after the
 * session's {@code seq} is news the caller hears live, so the replay stops at that {@code seq}. A
 * replay is all of the gap or nothing: a resume point the room never reached, or events the outbox no
 * longer keeps, give no replay.
 */
public final class ResumeSessionService implements ResumeSessionUseCase {
    private final GetSessionUseCase sessions;
    private final EventOutbox outbox;

    ResumeSessionService(GetSessionUseCase sessions, EventOutbox outbox) {
        this.sessions = sessions;
        this.outbox = outbox;
    }

    @Override
    public Resumption resume(SessionInRoom session, long afterSeq, int maxMissed) {
        ParticipantSession now = sessions.session(session);
        long missedCount = now.seq() - afterSeq;
        if (afterSeq < 0 || missedCount < 0 || missedCount > maxMissed) {
            return new Resumption(now, Optional.empty());
        }
        if (missedCount == 0) {
            return new Resumption(now, Optional.of(List.of()));
        }
        List<RecordedEvent> missed = outbox.recordedAfter(now.room().room().id(), afterSeq, (int) missedCount).stream()
                .filter(event -> event.sequence() <= now.seq())
                .toList();
        return new Resumption(now, isWholeGap(missed, afterSeq, now.seq()) ? Optional.of(missed) : Optional.empty());
    }

    private static boolean isWholeGap(List<RecordedEvent> missed, long afterSeq, long seq) {
        for (int i = 0; i < missed.size(); i++) {
            if (missed.get(i).sequence() != afterSeq + 1 + i) {
                return false;
            }
        }
        return missed.size() == seq - afterSeq;
    }
}
