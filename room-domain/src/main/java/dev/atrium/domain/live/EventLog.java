package dev.atrium.domain.live;

import dev.atrium.domain.room.Room;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The events a live room records while it is loaded. It exists so the numbering has one keeper: a
 * room's events continue the sequence stored with it, without gaps, whichever rule records them.
 */
final class EventLog {
    private final Room room;
    private final List<RecordedEvent> recorded = new ArrayList<>();
    private long lastSequence;

    EventLog(Room room, long lastSequence) {
        this.room = room;
        this.lastSequence = lastSequence;
    }

    void record(RoomEvent event, Instant now) {
        lastSequence++;
        recorded.add(new RecordedEvent(room.tenantId(), room.id(), lastSequence, now, event));
    }

    /** The sequence the next recorded event gets: a chat message's id is its event's sequence. */
    long nextSequence() {
        return lastSequence + 1;
    }

    long lastSequence() {
        return lastSequence;
    }

    /** Events recorded since loading, in order. */
    List<RecordedEvent> recorded() {
        return List.copyOf(recorded);
    }
}
