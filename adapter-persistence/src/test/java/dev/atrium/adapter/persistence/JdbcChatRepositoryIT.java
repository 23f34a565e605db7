package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** {@link JdbcChatRepository} keeps the chat contract on every supported database. */
class JdbcChatRepositoryIT {

    @Nested
    class OnH2 extends ChatRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends ChatRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
