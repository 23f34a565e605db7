package dev.atrium.adapter.persistence.store;

import dev.atrium.application.port.out.UnitOfWork;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * One database transaction per unit of work. A call inside another joins it (and leaves retrying to
 * the outermost). Whatever the work throws rolls the transaction back and reaches the caller
 * unchanged, except a transient clash with another transaction ({@link SqlFailures#isTransientClash}),
 * on which the whole work runs again after a short random pause, up to {@value #ATTEMPTS} times.
 */
@Singleton
@ReportsStoreOutages
class JdbcUnitOfWork implements UnitOfWork {
    static final int ATTEMPTS = 5;
    private static final long MAX_PAUSE_MILLIS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcUnitOfWork.class);

    private final TransactionOperations<Connection> transactions;

    JdbcUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.executeWrite(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !SqlFailures.isTransientClash(e)) {
                    throw e;
                }
                LOG.debug("Attempt {} of a unit of work clashed with another transaction; running it again", attempt, e);
                pause(attempt, e);
            }
        }
    }

    private static void pause(int attempt, RuntimeException clash) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, MAX_PAUSE_MILLIS * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw clash;
        }
    }
}
