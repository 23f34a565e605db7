package dev.atrium.application.service;

import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.PreconditionFailedException;

import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Runs a load-change-store step under optimistic locking. When another writer got there first, a
 * caller that named the version it expected is told so (412); a caller that did not gets the step
 * re-run on the fresh room, a bounded number of times.
 */
final class OptimisticRetry {
    static final int ATTEMPTS = 5;

    private OptimisticRetry() {
    }

    static <T> T run(OptionalLong expectedVersion, Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (ConflictException e) {
                if (e.code() != ErrorCode.CONCURRENT_MODIFICATION) {
                    throw e;
                }
                if (expectedVersion.isPresent()) {
                    throw staleVersion(expectedVersion.getAsLong());
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Refuses a change based on a version the room has moved past. */
    static void requireVersion(OptionalLong expectedVersion, long actual) {
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != actual) {
            throw staleVersion(expectedVersion.getAsLong());
        }
    }

    private static PreconditionFailedException staleVersion(long expected) {
        return new PreconditionFailedException(ErrorCode.VERSION_MISMATCH,
                "The room is no longer at version " + expected + "; read it again and retry.");
    }
}
