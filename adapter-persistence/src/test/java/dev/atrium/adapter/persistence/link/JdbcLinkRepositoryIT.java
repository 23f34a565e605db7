package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcLinkRepository} keeps the link repository contract on every supported database. */
class JdbcLinkRepositoryIT {

    @Nested
    class OnH2 extends LinkRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends LinkRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
