package dev.atrium.adapter.persistence;

import java.util.Map;
import java.util.UUID;

/** An in-memory H2 database with a name of its own; it vanishes with its last connection. */
final class H2TestDatabase implements TestDatabase {
    private final String url = "jdbc:h2:mem:atrium_" + UUID.randomUUID().toString().replace("-", "");

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", "sa",
                "datasources.default.password", "");
    }

    @Override
    public void close() {
        // Closing the Micronaut context closes the pool, and with its last connection the database.
    }
}
