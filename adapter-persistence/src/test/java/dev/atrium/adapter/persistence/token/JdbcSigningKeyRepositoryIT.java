package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcSigningKeyRepository} keeps the signing key repository contract on every supported database. */
class JdbcSigningKeyRepositoryIT {

    @Nested
    class OnH2 extends SigningKeyRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends SigningKeyRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
