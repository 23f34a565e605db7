package dev.atrium.adapter.rest.live;

import dev.atrium.application.port.in.live.FollowRoomUseCase;
import dev.atrium.application.port.in.live.RoomFollow;
import dev.atrium.domain.live.ChatMessage;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Long polling of a room's chat. A poll reads the store once, then again only when something may
 * have changed: when {@link ChatWakeUps} hears a message of its room, every {@link #BACKSTOP}, and
 * once at its timeout. It answers as soon as a read finds messages, or with what the read at the
 * timeout finds (usually none).
 * <p>
 * A waiting poll follows its room ({@link FollowRoomUseCase}), so this node's room feed delivers the
 * room's messages to {@link ChatWakeUps} whichever node they were posted through.
 * <p>
 * No thread waits: the scheduler only times the backstop and the timeout, wake-ups only ask for a
 * read, and every read after the first runs on the blocking executor (it may reach a database),
 * never on the feed's thread. The answer completes a future the server writes when it is done.
 */
@Singleton
final class MessagePolling {
    /**
     * How often a waiting poll reads anyway: only messages wake it, so this is how late it learns that
     * its caller was removed or its room ended, at one read per waiting poll each 5 s (the store was
     * read 4 times a second before wake-ups).
     */
    static final Duration BACKSTOP = Duration.ofSeconds(5);

    private final TaskScheduler scheduler;
    private final Executor blocking;
    private final ChatWakeUps wakeUps;
    private final FollowRoomUseCase followRoom;

    MessagePolling(@Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                   @Named(TaskExecutors.BLOCKING) Executor blocking, ChatWakeUps wakeUps, FollowRoomUseCase followRoom) {
        this.scheduler = scheduler;
        this.blocking = blocking;
        this.wakeUps = wakeUps;
        this.followRoom = followRoom;
    }

    /**
     * What {@code read} finds in {@code room}, once it finds anything or {@code timeout} has passed.
     * The first read runs on the caller's thread, so its refusals (an unknown room) are thrown at once.
     */
    CompletableFuture<List<ChatMessage>> poll(ChatWakeUps.Room room, Supplier<List<ChatMessage>> read, Duration timeout) {
        Poll poll = new Poll(read, System.nanoTime() + timeout.toNanos());
        Runnable wakeUp = poll::readSoon;
        // Following and waiting before the first read: a message committed just after it still wakes the poll.
        RoomFollow follow = followRoom.follow(room.roomId());
        wakeUps.register(room, wakeUp);
        poll.answer.whenComplete((found, failure) -> {
            follow.end();
            wakeUps.forget(room, wakeUp);
            poll.stopTimer();
        });
        List<ChatMessage> found;
        try {
            found = read.get();
        } catch (RuntimeException refused) {
            poll.answer.completeExceptionally(refused);
            throw refused;
        }
        poll.settle(found, poll.timedOut());
        poll.timeNextRead();
        return poll.answer;
    }

    /** One waiting request; made on its thread, so its reads run in its context, whoever asks for them. */
    private final class Poll {
        final CompletableFuture<List<ChatMessage>> answer = new CompletableFuture<>();
        private final Supplier<List<ChatMessage>> read;
        private final long deadline;
        private final PropagatedContext requestContext = PropagatedContext.getOrEmpty();
        private final AtomicBoolean readAsked = new AtomicBoolean();
        private volatile boolean deadlinePassed;
        private ScheduledFuture<?> timer; // guarded by this

        Poll(Supplier<List<ChatMessage>> read, long deadline) {
            this.read = read;
            this.deadline = deadline;
        }

        /**
         * Asks for a read on the blocking executor and returns at once. Asks that arrive before that
         * read starts share it, so a burst of messages costs one read, and one more for those during it.
         */
        void readSoon() {
            if (!answer.isDone() && readAsked.compareAndSet(false, true)) {
                // The blocking executor carries the asking thread's context along, and the one asking
                // may be inside a transaction: a read in that context would use its connection.
                try (PropagatedContext.Scope theRequests = requestContext.propagate()) {
                    blocking.execute(this::readAgain);
                } catch (RejectedExecutionException stopping) {
                    answer.complete(List.of()); // the server is stopping: nothing came, the client asks again
                }
            }
        }

        boolean timedOut() {
            return deadline - System.nanoTime() <= 0;
        }

        void settle(List<ChatMessage> found, boolean last) {
            if (!found.isEmpty() || last) {
                answer.complete(found);
            }
        }

        /**
         * Times the next backstop read, or the last read at the deadline when that comes first. Which
         * one is decided here, not when the timer fires: a scheduler may round the delay to a
         * millisecond, and so fire just before the deadline.
         */
        synchronized void timeNextRead() {
            if (answer.isDone()) {
                return;
            }
            long left = Math.max(0, deadline - System.nanoTime());
            timer = left <= BACKSTOP.toNanos()
                    ? scheduler.schedule(Duration.ofNanos(left), this::readForTheLastTime)
                    : scheduler.schedule(BACKSTOP, this::readAsTheBackstop);
        }

        synchronized void stopTimer() {
            if (timer != null) {
                timer.cancel(false);
            }
        }

        private void readAsTheBackstop() {
            timeNextRead();
            readSoon();
        }

        private void readForTheLastTime() {
            deadlinePassed = true;
            readSoon();
        }

        private void readAgain() {
            // Cleared before reading: an ask from now on gets a read of its own, which sees what it was asked for.
            readAsked.set(false);
            if (answer.isDone()) {
                return;
            }
            boolean last = deadlinePassed;
            try {
                settle(read.get(), last);
            } catch (RuntimeException failure) {
                answer.completeExceptionally(failure);
            }
        }
    }
}
