package dev.atrium.adapter.persistence.schedule;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link EventRelay} wakes up after commits on every supported database. */
class RelayWakeUpIT {

    @Nested
    class OnH2 extends RelayWakeUpContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends RelayWakeUpContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
