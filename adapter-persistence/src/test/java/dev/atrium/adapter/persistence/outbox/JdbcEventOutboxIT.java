package dev.atrium.adapter.persistence.outbox;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcEventOutbox} keeps the outbox contract on every supported database. */
class JdbcEventOutboxIT {

    @Nested
    class OnH2 extends EventOutboxContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends EventOutboxContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
