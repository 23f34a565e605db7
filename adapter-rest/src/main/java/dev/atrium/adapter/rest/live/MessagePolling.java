package dev.atrium.adapter.rest.live;

import dev.atrium.domain.live.ChatMessage;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Long polling of a room's chat: reads the store again every {@link #INTERVAL} until it has messages
 * or the time is up. The store is the only source, so a message posted through any node is seen.
 * No thread waits: the scheduler only times the next read, which runs on the blocking executor
 * (reads may reach a database), and the answer completes a future the server writes when it is done.
 */
@Singleton
final class MessagePolling {
    static final Duration INTERVAL = Duration.ofMillis(250);

    private final TaskScheduler scheduler;
    private final ExecutorService blocking;

    MessagePolling(@Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.scheduler = scheduler;
        this.blocking = blocking;
    }

    /**
     * What {@code read} finds, once it finds anything or {@code timeout} has passed. The first read runs
     * on the caller's thread, so its refusals (an unknown room) are thrown at once.
     */
    CompletableFuture<List<ChatMessage>> poll(Supplier<List<ChatMessage>> read, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ChatMessage> found = read.get();
        CompletableFuture<List<ChatMessage>> answer = new CompletableFuture<>();
        settleOrWait(found, read, deadline, answer);
        return answer;
    }

    private void settleOrWait(List<ChatMessage> found, Supplier<List<ChatMessage>> read, long deadline,
                              CompletableFuture<List<ChatMessage>> answer) {
        long left = deadline - System.nanoTime();
        if (!found.isEmpty() || left <= 0) {
            answer.complete(found);
            return;
        }
        scheduler.schedule(Duration.ofNanos(Math.min(INTERVAL.toNanos(), left)),
                () -> blocking.execute(() -> readAgain(read, deadline, answer)));
    }

    private void readAgain(Supplier<List<ChatMessage>> read, long deadline, CompletableFuture<List<ChatMessage>> answer) {
        if (answer.isDone()) {
            return;
        }
        try {
            settleOrWait(read.get(), read, deadline, answer);
        } catch (RuntimeException failure) {
            answer.completeExceptionally(failure);
        }
    }
}
