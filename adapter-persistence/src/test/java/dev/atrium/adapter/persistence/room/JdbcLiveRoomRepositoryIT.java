package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcLiveRoomRepository} and {@link dev.atrium.adapter.persistence.store.JdbcUnitOfWork} keep the live room contract on every supported database. */
class JdbcLiveRoomRepositoryIT {

    @Nested
    class OnH2 extends LiveRoomRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends LiveRoomRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
