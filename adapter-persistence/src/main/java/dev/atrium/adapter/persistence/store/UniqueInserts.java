package dev.atrium.adapter.persistence.store;

import io.micronaut.data.exceptions.DataAccessException;

/**
 * Inserts whose key may be taken already, by an earlier call or by another node at the same moment.
 * The database's unique constraint settles it; losing is an answer, not a failure. Not for use inside
 * a transaction that must go on afterwards: PostgreSQL aborts a transaction at its failed statement.
 */
public final class UniqueInserts {
    private UniqueInserts() {
    }

    /** Runs the insert; returns false, and stores nothing, when a unique key of the row is taken. */
    public static boolean insertUnlessTaken(Runnable insert) {
        try {
            insert.run();
            return true;
        } catch (DataAccessException e) {
            if (SqlFailures.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }
}
