package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** {@link JdbcEventOutbox} keeps the outbox contract on every supported database. */
class JdbcEventOutboxIT {

    @Nested
    class OnH2 extends EventOutboxContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends EventOutboxContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
