package dev.atrium.adapter.rest.live;

import dev.atrium.application.port.in.live.FollowRoomUseCase;
import dev.atrium.application.port.in.live.RoomFollow;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.NotFoundException;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.core.propagation.PropagatedContextElement;
import io.micronaut.scheduling.ScheduledExecutorTaskScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static dev.atrium.adapter.rest.live.ChatEvents.activated;
import static dev.atrium.adapter.rest.live.ChatEvents.message;
import static dev.atrium.adapter.rest.live.ChatEvents.posted;
import static dev.atrium.adapter.rest.live.ChatEvents.room;
import static dev.atrium.adapter.rest.live.ChatEvents.sameIdInAnotherTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long poll over a store in memory that counts its reads: woken by messages of its room only, one
 * read for a burst, the backstop and the timeout, and no waiter left behind however it ends. Reads
 * run on a real thread, or, where a test counts them, are queued until the test runs them.
 */
class MessagePollingTest {
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService readers = Executors.newSingleThreadExecutor();
    private final Queue<Runnable> queuedReads = new ConcurrentLinkedQueue<>();
    private final ChatWakeUps wakeUps = new ChatWakeUps();
    private final CountedFollows follows = new CountedFollows();
    private final ChatWakeUps.Room room = room(1);
    private final List<ChatMessage> store = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<List<ChatMessage>> read = () -> {
        reads.incrementAndGet();
        return List.copyOf(store);
    };

    @AfterEach
    void stopThreads() {
        timers.shutdownNow();
        readers.shutdownNow();
    }

    @Test
    void aPollThatHearsNothingReadsTwiceAndAnswersNoneAtItsTimeout() throws Exception {
        long started = System.nanoTime();

        List<ChatMessage> found = readingAtOnce().poll(room, read, Duration.ofSeconds(1)).get(5, TimeUnit.SECONDS);

        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(List.of(), found);
        assertEquals(2, reads.get(), "the first read and the last, at the timeout");
        assertTrue(waited.compareTo(Duration.ofMillis(990)) >= 0, "waited " + waited);
        assertNoPollWaits();
    }

    @Test
    void aMessageOfItsRoomAnswersThePollAtOnce() throws Exception {
        CompletableFuture<List<ChatMessage>> answer = readingAtOnce().poll(room, read, Duration.ofSeconds(30));
        assertEquals(1, wakeUps.waitingIn(room));

        store.add(message(room, 1));
        wakeUps.deliver(posted(room, 1));

        assertEquals(List.of(message(room, 1)), answer.get(1, TimeUnit.SECONDS));
        assertEquals(2, reads.get());
        assertNoPollWaits();
    }

    @Test
    void messagesPublishedTogetherCostOneRead() {
        CompletableFuture<List<ChatMessage>> answer = readingWhenTold().poll(room, read, Duration.ofSeconds(30));

        for (long id = 1; id <= 3; id++) {
            store.add(message(room, id));
            wakeUps.deliver(posted(room, id));
        }

        assertEquals(1, queuedReads.size());
        runQueuedReads();
        assertEquals(3, answer.join().size());
        assertEquals(2, reads.get());
        assertNoPollWaits();
    }

    @Test
    void aMessageCommittedJustAfterTheFirstReadStillWakesThePoll() {
        Supplier<List<ChatMessage>> readThenAMessageCommits = () -> {
            List<ChatMessage> seen = read.get();
            if (reads.get() == 1) {
                store.add(message(room, 1));
                wakeUps.deliver(posted(room, 1));
            }
            return seen;
        };

        CompletableFuture<List<ChatMessage>> answer = readingWhenTold().poll(room, readThenAMessageCommits, Duration.ofSeconds(30));

        assertFalse(answer.isDone(), "the first read saw nothing");
        runQueuedReads();
        assertEquals(List.of(message(room, 1)), answer.join());
    }

    @Test
    void otherEventsAndOtherRoomsWakeNobodyAndAPollGivenUpLeavesNoWaiter() {
        CompletableFuture<List<ChatMessage>> answer = readingWhenTold().poll(room, read, Duration.ofSeconds(30));

        wakeUps.deliver(activated(room, 1));
        wakeUps.deliver(posted(room(2), 1));
        wakeUps.deliver(posted(sameIdInAnotherTenant(room), 1));

        assertEquals(0, queuedReads.size());
        assertFalse(answer.isDone());
        answer.cancel(false);
        assertNoPollWaits();
    }

    @Test
    void aRefusedFirstReadIsThrownAtOnceAndLeavesNoWaiter() {
        NotFoundException unknown = new NotFoundException(ErrorCode.ROOM_NOT_FOUND, "No room 'nowhere'.");

        NotFoundException thrown = assertThrows(NotFoundException.class, () -> readingWhenTold().poll(room, () -> {
            throw unknown;
        }, Duration.ofSeconds(30)));

        assertSame(unknown, thrown);
        assertNoPollWaits();
    }

    @Test
    void aLaterReadThatFailsFailsTheAnswer() {
        IllegalStateException broken = new IllegalStateException("the store broke");
        Supplier<List<ChatMessage>> readOnceThenFail = () -> {
            if (reads.incrementAndGet() > 1) {
                throw broken;
            }
            return List.of();
        };
        CompletableFuture<List<ChatMessage>> answer = readingWhenTold().poll(room, readOnceThenFail, Duration.ofSeconds(30));

        wakeUps.deliver(posted(room, 1));
        runQueuedReads();

        ExecutionException failed = assertThrows(ExecutionException.class, answer::get);
        assertSame(broken, failed.getCause());
        assertNoPollWaits();
    }

    /**
     * The relay publishes inside its transaction, and Micronaut's blocking executor carries the
     * submitting thread's context along: a read that inherited it would run on the relay's connection,
     * closed as soon as the relay commits (it answered 503 in LiveRoomsEndToEndIT).
     */
    @Test
    void aReadAskedForByTheRelayCarriesNothingOfTheRelaysContext() throws Exception {
        AtomicInteger readsInTheRelaysContext = new AtomicInteger();
        Supplier<List<ChatMessage>> readNoting = () -> {
            PropagatedContext.getOrEmpty().find(RelayTransaction.class).ifPresent(found -> readsInTheRelaysContext.incrementAndGet());
            return read.get();
        };
        MessagePolling propagating = new MessagePolling(new ScheduledExecutorTaskScheduler(timers),
                task -> readers.execute(PropagatedContext.wrapCurrent(task)), wakeUps, follows);
        CompletableFuture<List<ChatMessage>> answer = propagating.poll(room, readNoting, Duration.ofSeconds(30));

        store.add(message(room, 1));
        try (PropagatedContext.Scope relaying = PropagatedContext.getOrEmpty().plus(new RelayTransaction()).propagate()) {
            wakeUps.deliver(posted(room, 1));
        }

        assertEquals(1, answer.get(1, TimeUnit.SECONDS).size());
        assertEquals(0, readsInTheRelaysContext.get());
    }

    /** Stands for the relay's transaction in the context of its thread. */
    private record RelayTransaction() implements PropagatedContextElement {
    }

    @Test
    void timeoutZeroReadsOnceAndAnswersAtOnce() {
        CompletableFuture<List<ChatMessage>> answer = readingWhenTold().poll(room, read, Duration.ZERO);

        assertEquals(List.of(), answer.getNow(null));
        assertEquals(1, reads.get());
        assertNoPollWaits();
    }

    /** Posted through another node, a message is published there and wakes no poll here. */
    @Test
    void aMessageNobodyHereHearsOfIsFoundByTheBackstopRead() throws Exception {
        CompletableFuture<List<ChatMessage>> answer = readingAtOnce().poll(room, read, Duration.ofSeconds(20));
        long started = System.nanoTime();

        store.add(message(room, 1));

        assertEquals(List.of(message(room, 1)), answer.get(MessagePolling.BACKSTOP.toSeconds() + 2, TimeUnit.SECONDS));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(waited.compareTo(MessagePolling.BACKSTOP.minusMillis(100)) >= 0, "found after " + waited);
        assertEquals(2, reads.get());
        assertNoPollWaits();
    }

    private MessagePolling readingAtOnce() {
        return new MessagePolling(new ScheduledExecutorTaskScheduler(timers), readers, wakeUps, follows);
    }

    private MessagePolling readingWhenTold() {
        return new MessagePolling(new ScheduledExecutorTaskScheduler(timers), queuedReads::add, wakeUps, follows);
    }

    private void runQueuedReads() {
        for (Runnable queued = queuedReads.poll(); queued != null; queued = queuedReads.poll()) {
            queued.run();
        }
    }

    /** The registry is emptied as the answer completes, which may be just after a waiting get() returns. */
    private void assertNoPollWaits() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (wakeUps.roomsWaitedOn() > 0 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(0, wakeUps.roomsWaitedOn());
        assertEquals(0, follows.open.get(), "every poll ends the follow of its room");
    }

    /** The follows of rooms the polls hold, counted: each poll follows its room while it waits. */
    private static final class CountedFollows implements FollowRoomUseCase {
        final AtomicInteger open = new AtomicInteger();

        @Override
        public RoomFollow follow(RoomId room) {
            open.incrementAndGet();
            AtomicBoolean ended = new AtomicBoolean();
            return () -> {
                if (ended.compareAndSet(false, true)) {
                    open.decrementAndGet();
                }
            };
        }
    }
}
