package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link RoomChangesContract} on both databases: H2's locks and PostgreSQL's must serialise alike. */
class RoomChangesEndToEndIT {

    @Nested
    class OnH2 extends RoomChangesContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends RoomChangesContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
