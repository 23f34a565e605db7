package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcRoomRepository} keeps the room repository contract on every supported database. */
class JdbcRoomRepositoryIT {

    @Nested
    class OnH2 extends RoomRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends RoomRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
