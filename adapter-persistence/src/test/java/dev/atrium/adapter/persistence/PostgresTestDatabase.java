package dev.atrium.adapter.persistence;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema of its own in a real PostgreSQL, dropped when the suite closes it, so reruns and
 * concurrent builds do not interfere and the database's {@code public} schema stays untouched.
 * With {@code CI=true} an unreachable PostgreSQL fails the suite; elsewhere it skips the suite and
 * says how to enable it.
 */
public final class PostgresTestDatabase implements TestDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresTestDatabase.class);
    private static final String URL = env("ATRIUM_TEST_PG_URL").orElse("jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("ATRIUM_TEST_PG_USER").orElse("postgres");
    private static final String PASSWORD = env("ATRIUM_TEST_PG_PASSWORD").orElse("");
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final Pattern SERVER = Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/");

    private final String schema;

    private PostgresTestDatabase(String schema) {
        this.schema = schema;
    }

    public static PostgresTestDatabase create() {
        String schema = "atrium_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw unavailable(e);
        }
        return new PostgresTestDatabase(schema);
    }

    @Override
    public Map<String, Object> properties() {
        String separator = URL.contains("?") ? "&" : "?";
        return Map.of(
                "datasources.default.url", URL + separator + "currentSchema=" + schema,
                "datasources.default.username", USER,
                "datasources.default.password", PASSWORD,
                "datasources.default.maximum-pool-size", 4);
    }

    /** Where the PostgreSQL server listens, for a test that puts something between it and the service. */
    public InetSocketAddress serverAddress() {
        Matcher server = SERVER.matcher(URL);
        if (!server.find()) {
            throw new IllegalStateException("Cannot read host and port from " + URL);
        }
        return new InetSocketAddress(server.group(1), server.group(2) == null ? 5432 : Integer.parseInt(server.group(2)));
    }

    /** {@link #properties()}, connecting through {@code host:port} instead of to the server itself. */
    public Map<String, Object> propertiesThrough(String host, int port) {
        Map<String, Object> properties = new HashMap<>(properties());
        properties.put("datasources.default.url", SERVER.matcher((String) properties.get("datasources.default.url"))
                .replaceFirst("jdbc:postgresql://" + host + ":" + port + "/"));
        return properties;
    }

    /** Drops everything in the schema and creates it again, empty: a database recreated by mistake. */
    public void emptyAgain() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test schema " + schema, e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test schema " + schema, e);
        }
    }

    private static Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", PASSWORD);
        credentials.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        return DriverManager.getConnection(URL, credentials);
    }

    /** Fails in CI; elsewhere skips, since a developer's machine need not run PostgreSQL. */
    private static RuntimeException unavailable(SQLException cause) {
        String problem = "PostgreSQL at " + URL + " (user " + USER + ") is not usable: " + cause.getMessage();
        if ("true".equals(System.getenv("CI"))) {
            return new IllegalStateException(problem + " CI=true requires the PostgreSQL suites.", cause);
        }
        String advice = problem + " Skipping the PostgreSQL suites. To run them, start PostgreSQL 15 on"
                + " 127.0.0.1:5432 (trust auth, user postgres, database test) or point ATRIUM_TEST_PG_URL,"
                + " ATRIUM_TEST_PG_USER and ATRIUM_TEST_PG_PASSWORD at one.";
        LOG.warn(advice);
        return Assumptions.abort(advice);
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
