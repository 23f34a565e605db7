package dev.atrium.application.fakes;

import dev.atrium.application.port.out.UnitOfWork;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions in memory: one at a time (the strictest isolation, standing in for the room lock),
 * and a failure restores every participating store to what it held when the transaction began.
 * A nested call joins the running transaction, as a real one does.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    /** A store that can take part: it hands out a way back to its current content. */
    public interface Participant {
        Runnable snapshot();
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Participant> stores;
    private int committed;
    private int rolledBack;

    public InMemoryUnitOfWork(Participant... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Runnable> restores = stores.stream().map(Participant::snapshot).toList();
            try {
                T result = work.get();
                committed++;
                return result;
            } catch (RuntimeException failure) {
                restores.forEach(Runnable::run);
                rolledBack++;
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    public int committed() {
        return committed;
    }

    public int rolledBack() {
        return rolledBack;
    }
}
