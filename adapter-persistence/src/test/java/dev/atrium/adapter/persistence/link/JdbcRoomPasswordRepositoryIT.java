package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcRoomPasswordRepository} keeps the room password repository contract on every supported database. */
class JdbcRoomPasswordRepositoryIT {

    @Nested
    class OnH2 extends RoomPasswordRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends RoomPasswordRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
