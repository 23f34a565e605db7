package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** {@link JdbcRoomRepository} keeps the room repository contract on every supported database. */
class JdbcRoomRepositoryIT {

    @Nested
    class OnH2 extends RoomRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends RoomRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
