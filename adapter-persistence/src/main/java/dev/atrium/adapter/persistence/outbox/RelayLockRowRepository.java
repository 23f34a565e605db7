package dev.atrium.adapter.persistence.outbox;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RelayLockRowRepository extends GenericRepository<RelayLockRow, Integer> {

    /** Waits until no other relay holds the lock, and holds it until the current transaction ends. */
    @Query("SELECT id FROM event_relay_lock WHERE id = 1 FOR UPDATE")
    Optional<RelayLockRow> lock();
}
