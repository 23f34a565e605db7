package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Atrium nodes in this JVM sharing one PostgreSQL schema of their own, as several nodes share one
 * database in production. Closing stops the nodes, then drops the schema.
 */
final class NodesOnPostgres implements AutoCloseable {
    private final PostgresTestDatabase database;
    private final List<EmbeddedServer> nodes = new ArrayList<>();

    private NodesOnPostgres(PostgresTestDatabase database) {
        this.database = database;
    }

    /** {@code count} nodes with the database's settings and {@code settings}. */
    static NodesOnPostgres start(int count, Map<String, Object> settings) {
        NodesOnPostgres started = new NodesOnPostgres(PostgresTestDatabase.create());
        Map<String, Object> all = new HashMap<>(started.database.properties());
        all.putAll(settings);
        try {
            for (int i = 0; i < count; i++) {
                started.nodes.add(ApplicationContext.run(EmbeddedServer.class, all));
            }
        } catch (RuntimeException failed) {
            started.close();
            throw failed;
        }
        return started;
    }

    EmbeddedServer node(int index) {
        return nodes.get(index);
    }

    PostgresTestDatabase database() {
        return database;
    }

    @Override
    public void close() {
        nodes.forEach(EmbeddedServer::close);
        database.close();
    }
}
