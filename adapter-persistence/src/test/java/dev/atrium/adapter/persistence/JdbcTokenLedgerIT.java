package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** {@link JdbcTokenLedger} keeps the token ledger contract on every supported database. */
class JdbcTokenLedgerIT {

    @Nested
    class OnH2 extends TokenLedgerContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends TokenLedgerContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
