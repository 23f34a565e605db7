package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** {@link JdbcLiveRoomRepository} and {@link JdbcUnitOfWork} keep the live room contract on every supported database. */
class JdbcLiveRoomRepositoryIT {

    @Nested
    class OnH2 extends LiveRoomRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends LiveRoomRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
