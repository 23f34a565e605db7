package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcApiKeyRepository} keeps the API key repository contract on every supported database. */
class JdbcApiKeyRepositoryIT {

    @Nested
    class OnH2 extends ApiKeyRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends ApiKeyRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
