package dev.atrium.adapter.persistence.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in {@code TIMESTAMP WITH TIME ZONE} columns. Micronaut Data binds an {@link Instant} as a
 * {@link java.sql.Timestamp}, which H2 turns into a local time of the JVM's zone: in the hour a
 * daylight-saving change repeats, two instants become one. A UTC {@link OffsetDateTime} is bound as
 * itself and is exact on H2 and PostgreSQL alike. Both keep microseconds and round finer digits;
 * cutting them before writing makes what a write returns what every later read returns.
 */
public final class TimestampColumns {
    private TimestampColumns() {
    }

    public static OffsetDateTime toColumn(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    /** An empty column is an absent instant. */
    public static Instant toInstant(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
