package dev.atrium.bootstrap.fuzz;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The same fuzz on PostgreSQL, which refuses text H2 stores (NUL bytes) and has limits of its own,
 * with tokens signed with ES256 as in production, so that the JWKS route is served and fuzzed too.
 */
class ApiFuzzOnPostgresIT {
    private static PostgresTestDatabase database;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        database = PostgresTestDatabase.create();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("atrium.tokens.algorithm", "ES256");
        server = ApplicationContext.run(EmbeddedServer.class, properties);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyRouteOfTheServiceIsFuzzed() {
        ApiFuzz.assertEveryRouteIsFuzzed(server.getApplicationContext().getBean(Router.class), Set.of());
    }

    @Test
    void noHostileRequestGetsA5xxOrAnAnswerWithoutAProblemCode() {
        ApiFuzz.run(server, "PostgreSQL");
    }
}
