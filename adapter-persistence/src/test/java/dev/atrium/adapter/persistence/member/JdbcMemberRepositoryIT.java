package dev.atrium.adapter.persistence.member;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/** {@link JdbcMemberRepository} keeps the member repository contract on every supported database. */
class JdbcMemberRepositoryIT {

    @Nested
    class OnH2 extends MemberRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends MemberRepositoryContract {
        @Override
        protected TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
