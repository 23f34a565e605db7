package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** {@link JdbcLinkRepository} keeps the link repository contract on every supported database. */
class JdbcLinkRepositoryIT {

    @Nested
    class OnH2 extends LinkRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends LinkRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
