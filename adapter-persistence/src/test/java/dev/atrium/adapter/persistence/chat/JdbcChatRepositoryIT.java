package dev.atrium.adapter.persistence.chat;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcChatRepository} keeps the chat contract on every supported database. */
class JdbcChatRepositoryIT {

    @Nested
    class OnH2 extends ChatRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends ChatRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
