package dev.atrium.adapter.signaling.socket;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One socket's requests: one at a time, in order, on a pool of many threads, and never too many waiting. */
class SerialQueueTest {
    @Test
    void tasks_run_one_at_a_time_in_the_order_they_were_submitted_on_a_pool_of_many_threads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        SerialQueue queue = new SerialQueue();
        ConcurrentLinkedQueue<Integer> ran = new ConcurrentLinkedQueue<>();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1000);
        for (int i = 0; i < 1000; i++) {
            int task = i;
            while (!queue.submit(() -> {
                if (running.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                ran.add(task);
                running.decrementAndGet();
                done.countDown();
            }, pool)) {
                Thread.onSpinWait();
            }
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        pool.shutdown();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            expected.add(i);
        }
        assertEquals(expected, List.copyOf(ran));
        assertEquals(0, overlaps.get());
    }

    @Test
    void a_task_beyond_the_ones_that_may_wait_is_refused() {
        List<Runnable> executed = new ArrayList<>();
        SerialQueue queue = new SerialQueue();
        for (int i = 0; i < SerialQueue.MAX_WAITING; i++) {
            assertTrue(queue.submit(() -> { }, executed::add));
        }
        assertFalse(queue.submit(() -> { }, executed::add));
        assertEquals(1, executed.size(), "one drain runs them all");
        executed.get(0).run();
        assertTrue(queue.submit(() -> { }, executed::add), "drained, it takes tasks again");
    }
}
