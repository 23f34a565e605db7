package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** The V4 migration backfills live rooms on every supported database. */
class LiveRoomsMigrationIT {

    @Nested
    class OnH2 extends LiveRoomsMigrationContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends LiveRoomsMigrationContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
