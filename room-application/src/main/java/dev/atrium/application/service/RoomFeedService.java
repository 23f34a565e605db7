package dev.atrium.application.service;

import dev.atrium.application.port.in.live.CatchUpEveryRoomUseCase;
import dev.atrium.application.port.in.live.CatchUpRoomsUseCase;
import dev.atrium.application.port.in.live.FollowRoomUseCase;
import dev.atrium.application.port.in.live.RoomFollow;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.LocalRoomListeners;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.room.RoomId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Feeds this node's listeners from the outbox, which is the truth for every node: per followed room,
 * the last sequence delivered, and whatever the outbox has after it goes out next, in order. A room's
 * events commit in sequence order (every change holds the room's lock), so reading after the last
 * delivered sequence never skips one that commits later. Wake-ups only say where to look; a lost one
 * costs a delay until the next {@link #catchUpEveryRoom}, never an event.
 */
public final class RoomFeedService implements FollowRoomUseCase, CatchUpRoomsUseCase, CatchUpEveryRoomUseCase {
    static final int BATCH = 500;

    private final EventOutbox outbox;
    private final LocalRoomListeners listeners;
    private final Map<RoomId, Cursor> cursors = new ConcurrentHashMap<>();

    RoomFeedService(EventOutbox outbox, LocalRoomListeners listeners) {
        this.outbox = outbox;
        this.listeners = listeners;
    }

    @Override
    public RoomFollow follow(RoomId room) {
        Cursor cursor = cursors.compute(room, (id, followed) -> {
            Cursor counted = followed == null ? new Cursor() : followed;
            counted.followers++;
            return counted;
        });
        AtomicBoolean ended = new AtomicBoolean();
        RoomFollow follow = () -> {
            if (ended.compareAndSet(false, true)) {
                cursors.computeIfPresent(room, (id, followed) -> --followed.followers == 0 ? null : followed);
            }
        };
        try {
            cursor.startAt(() -> latestOf(List.of(room)).getOrDefault(room, 0L));
        } catch (RuntimeException unreadable) {
            follow.end(); // nobody holds a follow that was refused
            throw unreadable;
        }
        return follow;
    }

    @Override
    public void catchUp(Collection<RoomId> rooms) {
        for (RoomId room : rooms) {
            Cursor cursor = cursors.get(room);
            if (cursor != null) {
                cursor.deliverAfter(room, Long.MAX_VALUE);
            }
        }
    }

    @Override
    public void catchUpEveryRoom() {
        List<RoomId> followed = List.copyOf(cursors.keySet());
        for (int from = 0; from < followed.size(); from += BATCH) {
            Map<RoomId, Long> latest = latestOf(followed.subList(from, Math.min(followed.size(), from + BATCH)));
            latest.forEach((room, sequence) -> {
                Cursor cursor = cursors.get(room);
                if (cursor != null) {
                    cursor.deliverAfter(room, sequence);
                }
            });
        }
    }

    /** How many rooms this node follows, for the tests: none once every follow ended. */
    int followed() {
        return cursors.size();
    }

    private Map<RoomId, Long> latestOf(List<RoomId> rooms) {
        return outbox.latestSequences(rooms);
    }

    /**
     * One followed room: its followers (counted under the map's lock) and the last sequence delivered
     * (under the cursor's own lock, so one room's events go out one at a time, in order). Until the
     * first follower has read where the room is, nothing is delivered.
     */
    private final class Cursor {
        private int followers;
        private boolean started;
        private long delivered;

        synchronized void startAt(LongSupplier latest) {
            if (!started) {
                delivered = latest.getAsLong();
                started = true;
            }
        }

        /** Delivers what the room recorded after the last delivery, unless {@code known} says it is caught up. */
        synchronized void deliverAfter(RoomId room, long known) {
            if (!started || known <= delivered) {
                return;
            }
            List<RecordedEvent> batch;
            do {
                batch = outbox.recordedAfter(room, delivered, BATCH);
                for (RecordedEvent event : batch) {
                    listeners.deliver(event);
                    delivered = event.sequence();
                }
            } while (batch.size() == BATCH);
        }
    }
}
