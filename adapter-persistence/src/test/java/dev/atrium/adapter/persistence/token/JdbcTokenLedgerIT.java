package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcTokenLedger} keeps the token ledger contract on every supported database. */
class JdbcTokenLedgerIT {

    @Nested
    class OnH2 extends TokenLedgerContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends TokenLedgerContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
