package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcPasswordAttempts} keeps the password attempts contract on every supported database. */
class JdbcPasswordAttemptsIT {

    @Nested
    class OnH2 extends PasswordAttemptsContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends PasswordAttemptsContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
