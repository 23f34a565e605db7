package dev.atrium.adapter.persistence;

import io.micronaut.context.ApplicationContext;

import java.util.HashMap;
import java.util.Map;

/** The adapter's beans on one test database, which Flyway migrates as the context starts. */
final class PersistenceContext implements AutoCloseable {
    private final TestDatabase database;
    private final ApplicationContext context;

    private PersistenceContext(TestDatabase database, ApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    /** Takes ownership of {@code database}: it is closed with the context, or at once if the context fails to start. */
    static PersistenceContext start(TestDatabase database) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("flyway.datasources.default.enabled", true);
        try {
            ApplicationContext context = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .environments("test")
                    .properties(properties)
                    .start();
            return new PersistenceContext(database, context);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    <T> T bean(Class<T> type) {
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
}
