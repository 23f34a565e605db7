package dev.atrium.adapter.persistence.store;

import io.micronaut.data.exceptions.DataAccessException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the store is away, try later" rather than "the store refused this". */
class SqlFailuresTest {
    @Test
    void aBrokenOrSilentConnectionAndTheServerGivingUpWaitingMeanUnavailable() {
        assertTrue(SqlFailures.isUnavailable(wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(SqlFailures.isUnavailable(wrapped(new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))));
        assertTrue(SqlFailures.isUnavailable(wrapped(new SQLException("canceling statement due to statement timeout", "57014"))));
        assertTrue(SqlFailures.isUnavailable(wrapped(new SQLException("canceling statement due to lock timeout", "55P03"))));
        assertTrue(SqlFailures.isUnavailable(wrapped(new SQLException("Connection is closed"))));
    }

    @Test
    void aRefusalOfWhatWasAskedIsNotAnOutage() {
        assertFalse(SqlFailures.isUnavailable(wrapped(new SQLException("duplicate key value", "23505"))));
        assertFalse(SqlFailures.isUnavailable(wrapped(new SQLException("relation \"rooms\" does not exist", "42P01"))));
        assertFalse(SqlFailures.isUnavailable(new IllegalStateException("no SQL involved")));
    }

    private static DataAccessException wrapped(SQLException cause) {
        return new DataAccessException("Error executing SQL Query", cause);
    }
}
