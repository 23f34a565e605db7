package dev.atrium.application.port.in.live;

import dev.atrium.domain.live.RecordedEvent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a resume: the session as it is now (at its {@code seq}), and the room's events after
 * the resume point up to that {@code seq}, every one of them in order, or none at all when some are
 * no longer kept (or there are too many): then the session is the fresh start.
 */
public record Resumption(ParticipantSession session, Optional<List<RecordedEvent>> missed) {
    public Resumption {
        Objects.requireNonNull(session, "session");
        missed = missed.map(List::copyOf);
    }
}
