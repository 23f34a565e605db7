package dev.atrium.adapter.signaling.socket;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * One socket's requests, run one after another on the blocking executor, so that their replies leave
 * in the order the requests came and one socket never holds more than one blocking thread. At most
 * {@link #MAX_WAITING} wait; a request beyond them is refused rather than queued.
 */
final class SerialQueue {
    static final int MAX_WAITING = 32;

    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    /** Queues {@code task}; false when {@link #MAX_WAITING} tasks wait already. */
    boolean submit(Runnable task, Executor executor) {
        synchronized (this) {
            if (waiting.size() >= MAX_WAITING) {
                return false;
            }
            waiting.add(task);
            if (running) {
                return true;
            }
            running = true;
        }
        executor.execute(this::drain);
        return true;
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            next.run();
        }
    }
}
