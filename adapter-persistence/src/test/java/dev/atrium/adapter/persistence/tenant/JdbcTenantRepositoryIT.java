package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcTenantRepository} keeps the tenant repository contract on every supported database. */
class JdbcTenantRepositoryIT {

    @Nested
    class OnH2 extends TenantRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends TenantRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
