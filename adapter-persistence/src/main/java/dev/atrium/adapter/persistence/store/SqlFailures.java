package dev.atrium.adapter.persistence.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads what a database refused, on H2 and PostgreSQL alike. The SQLException sits somewhere in the
 * cause chain of whatever Micronaut Data threw. Both databases name the violated constraint (or,
 * on H2, its index, which starts with the constraint name) in the message, which is the only place
 * H2 reports it.
 */
public final class SqlFailures {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SIP_MEETING_ID_CONSTRAINT = "uq_rooms_sip_meeting_id";
    /** PostgreSQL's foreign key violation, and H2's for a missing parent row in particular. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String H2_PARENT_MISSING = "23506";
    /** H2 reports a row changed by a concurrent transaction instead of waiting for it. */
    private static final int H2_CONCURRENT_UPDATE = 90131;
    /** H2 waited for a lock longer than its lock timeout. */
    private static final int H2_LOCK_TIMEOUT = 50200;
    /** PostgreSQL could not serialise the transaction, or broke a deadlock by aborting it. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    /** SQL's class of connection failures: refused, broken, timed out (pgjdbc's socket timeout is 08006). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /**
     * PostgreSQL gave up waiting (statement_timeout, lock_timeout), is shutting down or starting, or
     * has no connection to spare.
     */
    private static final List<String> POSTGRES_UNAVAILABLE = List.of("57014", "55P03", "57P01", "57P02", "57P03", "53300");
    /**
     * HikariCP swaps a connection it saw break (SQLSTATE 08) for a closed one, whose every call fails
     * with this message and no SQLSTATE: a request holding it learns of the outage only this way.
     */
    private static final String HIKARI_BROKEN_CONNECTION = "Connection is closed";

    private SqlFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return sqlException(failure).filter(e -> UNIQUE_VIOLATION.equals(e.getSQLState())).isPresent();
    }

    public static boolean isUniqueViolationOf(Throwable failure, String constraint) {
        return sqlException(failure)
                .filter(e -> UNIQUE_VIOLATION.equals(e.getSQLState()))
                .map(SQLException::getMessage)
                .filter(message -> message.toLowerCase(Locale.ROOT).contains(constraint))
                .isPresent();
    }

    /** A row refers to a row that does not exist, or no longer does (deleted by a concurrent writer). */
    public static boolean isMissingParent(Throwable failure) {
        return sqlException(failure)
                .map(SQLException::getSQLState)
                .filter(state -> FOREIGN_KEY_VIOLATION.equals(state) || H2_PARENT_MISSING.equals(state))
                .isPresent();
    }

    public static boolean isConcurrentUpdate(Throwable failure) {
        return sqlException(failure).filter(e -> e.getErrorCode() == H2_CONCURRENT_UPDATE).isPresent();
    }

    /**
     * A clash that running the whole transaction again can resolve: with another transaction (H2's
     * concurrent update or lock timeout, PostgreSQL's serialization failure or deadlock), or of a
     * value drawn at random that another row holds (a room's SIP meeting id), which the next run
     * draws anew.
     */
    static boolean isTransientClash(Throwable failure) {
        return sqlException(failure)
                .filter(e -> e.getErrorCode() == H2_CONCURRENT_UPDATE || e.getErrorCode() == H2_LOCK_TIMEOUT
                        || SERIALIZATION_FAILURE.equals(e.getSQLState()) || DEADLOCK_DETECTED.equals(e.getSQLState()))
                .isPresent()
                || isUniqueViolationOf(failure, SIP_MEETING_ID_CONSTRAINT);
    }

    /**
     * The store could not be reached or did not answer in time, as opposed to refusing what it was
     * asked: the pool had no connection within its timeout, the network failed or stayed silent past
     * the socket timeout, or a statement or lock wait ran past its timeout.
     */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && meansUnavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean meansUnavailable(SQLException e) {
        String state = Objects.requireNonNullElse(e.getSQLState(), "");
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || e instanceof SQLRecoverableException || e instanceof SQLTimeoutException
                || state.startsWith(CONNECTION_EXCEPTION_CLASS) || POSTGRES_UNAVAILABLE.contains(state)
                || e.getErrorCode() == H2_LOCK_TIMEOUT
                || state.isEmpty() && HIKARI_BROKEN_CONNECTION.equals(e.getMessage());
    }

    private static Optional<SQLException> sqlException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
