package dev.atrium.adapter.persistence;

import io.micronaut.context.ApplicationContext;

import java.util.HashMap;
import java.util.Map;

/** The adapter's beans on one test database, which Flyway migrates as the context starts. */
public final class PersistenceContext implements AutoCloseable {
    /** A fixed master key, so that no test writes one into ./data; tests of other keys override it. */
    public static final String TEST_MASTER_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final TestDatabase database;
    private final ApplicationContext context;

    private PersistenceContext(TestDatabase database, ApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    /** Takes ownership of {@code database}: it is closed with the context, or at once if the context fails to start. */
    public static PersistenceContext start(TestDatabase database) {
        return start(database, Map.of());
    }

    /** As {@link #start(TestDatabase)}, with {@code overrides} on top of the test configuration. */
    public static PersistenceContext start(TestDatabase database, Map<String, Object> overrides) {
        try {
            return new PersistenceContext(database, startContext(database, overrides));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Stops this context and starts a new one on the same database, as a node restarting does; the
     * new context owns the database from then on. If it fails to start, the database stays with this one.
     */
    public PersistenceContext restart(Map<String, Object> overrides) {
        context.close();
        return new PersistenceContext(database, startContext(database, overrides));
    }

    /** The database this context runs on, for plain JDBC looks at stored rows and for more contexts on it. */
    public TestDatabase database() {
        return database;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            database.close();
        }
    }

    private static ApplicationContext startContext(TestDatabase database, Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("flyway.datasources.default.enabled", true);
        properties.put("atrium.master-key", TEST_MASTER_KEY);
        properties.putAll(overrides);
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("test")
                .properties(properties)
                .start();
    }
}
