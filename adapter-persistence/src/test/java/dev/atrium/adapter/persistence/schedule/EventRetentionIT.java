package dev.atrium.adapter.persistence.schedule;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link EventRetention} keeps its contract on every supported database. */
class EventRetentionIT {

    @Nested
    class OnH2 extends EventRetentionContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends EventRetentionContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
