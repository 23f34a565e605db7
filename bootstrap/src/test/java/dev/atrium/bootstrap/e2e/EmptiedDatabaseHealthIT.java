package dev.atrium.bootstrap.e2e;

import dev.atrium.adapter.persistence.PostgresTestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A database that answers but lost Atrium's schema (dropped and created again empty, or the service
 * pointed at the wrong one) is not ready: the health check looks for the applied migrations, not
 * only for a connection.
 */
class EmptiedDatabaseHealthIT {
    @Test
    void aDatabaseEmptiedUnderTheRunningServiceIsReportedDown() {
        try (PostgresTestDatabase database = PostgresTestDatabase.create();
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, database.properties())) {
            HttpApi anonymous = HttpApi.anonymous(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
            assertEquals(200, anonymous.get("/health").status());
            assertEquals(200, anonymous.get("/health/readiness").status());

            database.emptyAgain();

            HttpApi.Answer health = anonymous.get("/health");
            assertEquals(503, health.status(), health.body());
            assertEquals("DOWN", health.text("status"));
            assertEquals(503, anonymous.get("/health/readiness").status());
            assertEquals(200, anonymous.get("/health/liveness").status(), "the process itself is fine: no restart");
        }
    }
}
