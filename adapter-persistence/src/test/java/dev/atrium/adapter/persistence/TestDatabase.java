package dev.atrium.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Where a contract suite runs: a database of its own, empty until Flyway migrates it and gone once
 * the suite closes it, so suites, reruns and concurrent builds never see each other's rows.
 */
public interface TestDatabase extends AutoCloseable {

    /**
     * Configuration of the default datasource, as the service is given it: a URL and credentials.
     * The driver follows from the URL, and no dialect is set, because the adapter's SQL does not
     * depend on it (see the package documentation).
     */
    Map<String, Object> properties();

    /** A plain JDBC connection outside the adapter, for tests that look at rows as they are stored. */
    default Connection rawConnection() throws SQLException {
        Map<String, Object> properties = properties();
        return DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"),
                (String) properties.get("datasources.default.password"));
    }

    @Override
    void close();

    static TestDatabase h2() {
        return new H2TestDatabase();
    }

    static TestDatabase postgres() {
        return PostgresTestDatabase.create();
    }
}
