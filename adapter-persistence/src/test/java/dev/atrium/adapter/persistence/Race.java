package dev.atrium.adapter.persistence;

import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Writers released at the same moment, each on a thread and so in a transaction of its own. */
final class Race {
    /** Generous: a blocked writer waits for the winner's commit, which takes milliseconds. */
    private static final long GIVE_UP_SECONDS = 30;

    private Race() {
    }

    /**
     * Runs the writers together and returns the codes of the domain errors they failed with, in no
     * particular order: the writers that are not accounted for won. Any other failure fails the test.
     */
    static List<ErrorCode> between(Runnable... writers) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(writers.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ErrorCode>> outcomes = new ArrayList<>();
            for (Runnable writer : writers) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        writer.run();
                        return null;
                    } catch (DomainException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<ErrorCode> failures = new ArrayList<>();
            for (Future<ErrorCode> outcome : outcomes) {
                ErrorCode failure = outcome.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            return failures;
        } catch (ExecutionException e) {
            throw new AssertionError("A writer failed with something other than a domain error", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("A writer was still blocked after " + GIVE_UP_SECONDS + " s", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
