package dev.atrium.adapter.persistence;

import dev.atrium.domain.shared.DomainException;
import dev.atrium.domain.shared.ErrorCode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Writers released at the same moment, each on a thread and so in a transaction of its own. */
public final class Race {
    /** Generous: a blocked writer waits for the winner's commit, which takes milliseconds. */
    private static final long GIVE_UP_SECONDS = 30;

    private Race() {
    }

    /**
     * Runs the writers together and returns the codes of the domain errors they failed with, in no
     * particular order: the writers that are not accounted for won. Any other failure fails the test.
     */
    public static List<ErrorCode> between(Runnable... writers) throws InterruptedException {
        List<Supplier<ErrorCode>> outcomes = Arrays.stream(writers).<Supplier<ErrorCode>>map(writer -> () -> {
            try {
                writer.run();
                return null;
            } catch (DomainException e) {
                return e.code();
            }
        }).toList();
        return results(outcomes).stream().filter(Objects::nonNull).toList();
    }

    /** Runs the racers together and returns what each returned, in their order. Any failure fails the test. */
    public static <T> List<T> results(List<Supplier<T>> racers) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(racers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> outcomes = new ArrayList<>();
            for (Supplier<T> racer : racers) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    return racer.get();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> outcome : outcomes) {
                results.add(outcome.get(GIVE_UP_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException e) {
            throw new AssertionError("A racer failed unexpectedly", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("A racer was still blocked after " + GIVE_UP_SECONDS + " s", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
