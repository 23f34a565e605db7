package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Nested;

/** {@link JdbcMemberRepository} keeps the member repository contract on every supported database. */
class JdbcMemberRepositoryIT {

    @Nested
    class OnH2 extends MemberRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends MemberRepositoryContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
