package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.TestDatabase;
import org.junit.jupiter.api.Nested;

/**
 * {@link StoredTextContract} on both databases: H2 would store a NUL, PostgreSQL fails on it, so
 * only the same refusal on both shows it happens before either sees the text.
 */
class StoredTextEndToEndIT {

    @Nested
    class OnH2 extends StoredTextContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    class OnPostgres extends StoredTextContract {
        @Override
        TestDatabase newDatabase() {
            return TestDatabase.postgres();
        }
    }
}
