package dev.atrium.bootstrap;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Tells the operator, once the server listens, where the API is, where the data lives and, on the
 * first start, the generated API key.
 */
@Singleton
class ReadinessLog implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(ReadinessLog.class);
    private static final String H2_FILE = "jdbc:h2:file:";

    private final StartupApiKey startupKey;
    private final String databaseUrl;

    ReadinessLog(StartupApiKey startupKey, @Value("${datasources.default.url}") String databaseUrl) {
        this.startupKey = startupKey;
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String base = event.getSource().getURL().toString().replaceAll("/$", "");
        LOG.info("Atrium is ready: API at {}/v1, health at {}/health", base, base);
        LOG.info("Data: {}", dataLocation(databaseUrl));
        startupKey.generated().ifPresent(key -> LOG.warn("""
                No API key existed, so one was generated for the default tenant. Its secret is shown only now:
                  key id: {}
                  secret: {}
                  try:    curl -u '{}:{}' {}/v1/rooms""",
                key.id(), key.secret().reveal(), key.id(), key.secret().reveal(), base));
    }

    /** Where the rooms are stored, without credentials that a JDBC URL may carry in its parameters. */
    static String dataLocation(String jdbcUrl) {
        if (jdbcUrl.startsWith(H2_FILE)) {
            String file = jdbcUrl.substring(H2_FILE.length()).split(";", 2)[0];
            return "H2 database file " + Path.of(file + ".mv.db").toAbsolutePath().normalize()
                    + " (set ATRIUM_DB_URL to use PostgreSQL)";
        }
        return "database " + jdbcUrl.split("[?;]", 2)[0];
    }
}
