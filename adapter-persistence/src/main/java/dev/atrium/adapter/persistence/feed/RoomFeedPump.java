package dev.atrium.adapter.persistence.feed;

import dev.atrium.adapter.persistence.outbox.EventsAppended;
import dev.atrium.application.port.in.live.CatchUpEveryRoomUseCase;
import dev.atrium.application.port.in.live.CatchUpRoomsUseCase;
import dev.atrium.application.port.out.StoreUnavailableException;
import dev.atrium.domain.room.RoomId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Catches this node's listeners up with the rooms they follow, on a thread of its own, one run at a
 * time: when a transaction of this node that appended events commits, when another node's commit is
 * notified ({@link PostgresRoomNotifications}), and every {@code atrium.events.feed-interval} for
 * all followed rooms, the backstop for a notification that was lost. Wake-ups that arrive before a
 * run starts share it, so a burst of commits costs one run.
 */
@Singleton
@Requires(beans = {CatchUpRoomsUseCase.class, CatchUpEveryRoomUseCase.class})
class RoomFeedPump {
    static final String THREAD = "room-feed";
    private static final Logger LOG = LoggerFactory.getLogger(RoomFeedPump.class);

    private final CatchUpRoomsUseCase catchUp;
    private final CatchUpEveryRoomUseCase catchUpEveryRoom;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, THREAD);
        thread.setDaemon(true);
        return thread;
    });
    private final Set<RoomId> woken = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean allAsked = new AtomicBoolean();
    private final AtomicBoolean runAsked = new AtomicBoolean();

    RoomFeedPump(CatchUpRoomsUseCase catchUp, CatchUpEveryRoomUseCase catchUpEveryRoom) {
        this.catchUp = catchUp;
        this.catchUpEveryRoom = catchUpEveryRoom;
    }

    /** After the commit of a transaction of this node that appended events; a rolled-back one wakes nobody. */
    @TransactionalEventListener
    void onEventsAppended(EventsAppended appended) {
        wake(appended.rooms());
    }

    @Scheduled(fixedDelay = "${atrium.events.feed-interval:1s}", initialDelay = "${atrium.events.feed-interval:1s}")
    void backstop() {
        wakeAll();
    }

    /** These rooms recorded events; returns at once. */
    void wake(Collection<RoomId> rooms) {
        woken.addAll(rooms);
        askForRun();
    }

    /** Any followed room may have recorded events; returns at once. */
    void wakeAll() {
        allAsked.set(true);
        askForRun();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        runner.shutdown();
        if (!runner.awaitTermination(5, TimeUnit.SECONDS)) {
            runner.shutdownNow();
        }
    }

    private void askForRun() {
        if (runAsked.compareAndSet(false, true)) {
            try {
                runner.execute(this::run);
            } catch (RejectedExecutionException stopping) {
                runAsked.set(false);
            }
        }
    }

    private void run() {
        runAsked.set(false);
        boolean all = allAsked.getAndSet(false);
        List<RoomId> rooms = new ArrayList<>(woken);
        woken.removeAll(rooms);
        try {
            if (all) {
                catchUpEveryRoom.catchUpEveryRoom();
            } else {
                catchUp.catchUp(rooms);
            }
        } catch (StoreUnavailableException e) {
            LOG.warn("Following the rooms' events waits for the database: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Following the rooms' events failed; the next run catches up", e);
        }
    }
}
