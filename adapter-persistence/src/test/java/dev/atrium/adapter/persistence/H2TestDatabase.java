package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * An in-memory H2 database with a name of its own. It outlives the contexts that use it, so a suite
 * can restart the adapter on the same data, and is dropped when the suite closes it.
 */
final class H2TestDatabase implements TestDatabase {
    private static final String USER = "sa";
    private static final String PASSWORD = "";

    private final String url = "jdbc:h2:mem:atrium_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", USER,
                "datasources.default.password", PASSWORD);
    }

    @Override
    public void close() {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test database " + url, e);
        }
    }
}
