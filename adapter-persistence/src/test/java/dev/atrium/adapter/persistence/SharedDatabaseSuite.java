package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A contract suite whose tests share one database, started before the first test and dropped after
 * the last. The tests stay apart by working in tenants, rooms or tokens of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SharedDatabaseSuite {
    private PersistenceContext context;

    protected abstract TestDatabase newDatabase();

    @BeforeAll
    void startAdapter() {
        context = PersistenceContext.start(newDatabase());
    }

    @AfterAll
    void stopAdapter() {
        if (context != null) {
            context.close();
        }
    }

    protected PersistenceContext context() {
        return context;
    }
}
