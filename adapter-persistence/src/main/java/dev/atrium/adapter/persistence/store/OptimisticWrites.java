package dev.atrium.adapter.persistence.store;

import dev.atrium.domain.shared.ConflictException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;

import java.util.function.Supplier;

/**
 * Writes of versioned rows. A stale version (no row at the version the writer read), or, on H2, a
 * row another transaction changed at the same moment, is the writer's conflict, never a
 * last-write-wins.
 */
public final class OptimisticWrites {
    private OptimisticWrites() {
    }

    public static <T> T run(Supplier<T> statement, Supplier<ConflictException> conflict) {
        try {
            return statement.get();
        } catch (OptimisticLockException e) {
            throw conflict.get();
        } catch (DataAccessException e) {
            if (SqlFailures.isConcurrentUpdate(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }
}
