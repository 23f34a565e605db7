package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** {@link JdbcRoomPasswordRepository} keeps the room password repository contract on every supported database. */
class JdbcRoomPasswordRepositoryIT {

    @Nested
    class OnH2 extends RoomPasswordRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends RoomPasswordRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
